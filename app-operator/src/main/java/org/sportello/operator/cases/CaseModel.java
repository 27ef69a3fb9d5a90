package org.sportello.operator.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.codicefiscale.CodiceFiscaleCheck;
import org.sportello.model.agenda.MovedAppointment;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.Role;
import org.sportello.model.cases.CaseService;
import org.sportello.model.cases.CaseStanding;
import org.sportello.model.cases.CaseView;
import org.sportello.model.cases.Deadline;
import org.sportello.model.cases.DidChannel;
import org.sportello.model.cases.DidEntry;
import org.sportello.model.cases.Measure;
import org.sportello.model.cases.MeasureKind;
import org.sportello.model.cases.Party;
import org.sportello.model.person.EmploymentStatus;
import org.sportello.operator.office.OfficeWork;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Notice;

/**
 * A citizen's case at the desk (issue 11, ADR 29): the employment status as the server derives it from the
 * DID and the job movements, the DID and its history, the case manager, the pact's measures and the contact
 * plan's deadlines. Every change goes to the office's {@link CaseService}, which checks, logs and answers
 * the whole case again; this model only shows that answer and the form's input. The status is never
 * typed here: the desk can only record or withdraw a DID, and reads what follows.
 */
public final class CaseModel {
    /** How the status line is coloured: unemployed or employed (certifiable), or something missing. */
    public enum Tone {
        GOOD,
        WARN,
        NEUTRAL
    }

    private final OfficeWork office;
    private final Messages messages;
    private final OperatorSession operator;
    private final ZoneId zone;
    private final Clock clock;
    private final Supplier<Optional<String>> atCounter;
    private final DeadlineWords words;

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyObjectWrapper<CaseView> view = new ReadOnlyObjectWrapper<>(this, "view");
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper(this, "header", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<Tone> statusTone = new ReadOnlyObjectWrapper<>(this, "statusTone", Tone.NEUTRAL);
    private final ReadOnlyStringWrapper did = new ReadOnlyStringWrapper(this, "did", "");
    private final ReadOnlyStringWrapper manager = new ReadOnlyStringWrapper(this, "manager", "");
    private final ReadOnlyStringWrapper pact = new ReadOnlyStringWrapper(this, "pact", "");
    private final ReadOnlyStringWrapper talks = new ReadOnlyStringWrapper(this, "talks", "");
    private final ReadOnlyStringWrapper firstOffer = new ReadOnlyStringWrapper(this, "firstOffer", "");
    private final ObservableList<String> didHistory = FXCollections.observableArrayList();
    /**
     * The appointments the citizen missed, latest first, then those another office booked before the dossier moved
     * here (ADR 36): the file's appointments a desk must know of (issue 13).
     */
    private final ObservableList<String> appointments = FXCollections.observableArrayList();
    /** The citizen's appointments a moved dossier brought that wait to be booked again here (ADR 36, 40). */
    private final ObservableList<org.sportello.model.agenda.MovedAppointment> toRebook =
            FXCollections.observableArrayList();
    private final StringProperty dismissReason = new SimpleStringProperty(this, "dismissReason", "");
    /** The attendance stamps of the file, latest first (issue 13, ADR 35). */
    private final ObservableList<String> stamps = FXCollections.observableArrayList();
    private final ObservableList<MeasureRow> measures = FXCollections.observableArrayList();
    private final ObservableList<String> overdue = FXCollections.observableArrayList();
    private final ObservableList<String> upcoming = FXCollections.observableArrayList();
    private final StringProperty didOn = new SimpleStringProperty(this, "didOn", "");
    private final ObjectProperty<DidChannel> didChannel = new SimpleObjectProperty<>(this, "didChannel", DidChannel.DESK);
    private final StringProperty assignTo = new SimpleStringProperty(this, "assignTo", "");
    private final ObjectProperty<MeasureKind> measureKind =
            new SimpleObjectProperty<>(this, "measureKind", MeasureKind.JOB_TALK);
    private final StringProperty measureOn = new SimpleStringProperty(this, "measureOn", "");
    private final ObjectProperty<Party> measureWho = new SimpleObjectProperty<>(this, "measureWho", Party.CASE_MANAGER);
    private final StringProperty measureWhat = new SimpleStringProperty(this, "measureWhat", "");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public CaseModel(OfficeWork office, OperatorSession operator, ZoneId zone, Clock clock,
                     Supplier<Optional<String>> atCounter) {
        this.office = office;
        this.messages = office.messages();
        this.operator = operator;
        this.zone = zone;
        this.clock = clock;
        this.atCounter = atCounter;
        this.words = new DeadlineWords(messages);
    }

    /** The sheet opens: the citizen at the counter's case at once, else an empty sheet waiting for a code. */
    public void open() {
        clear();
        notice.set(null);
        search.set("");
        atCounter.get().ifPresent(code -> {
            search.set(code);
            find();
        });
    }

    /** Opens the case of {@code code} (the caseload's row the operator picked). */
    public void open(String code) {
        clear();
        notice.set(null);
        search.set(code);
        find();
    }

    /** Reads the case of the codice fiscale typed; a code that does not check is refused by name. */
    public void find() {
        Optional<CodiceFiscale> code = typedCode();
        if (code.isEmpty() || busy.get()) {
            return;
        }
        run((cases, cf) -> cases.view(operator, cf), code.get(), null);
    }

    /** Records a DID made on the day typed (today when empty), through the channel chosen. */
    public void declareDid() {
        Optional<LocalDate> on = date(didOn.get(), "case.label.didOn");
        if (on.isEmpty() || !hasCase()) {
            return;
        }
        DidChannel channel = didChannel.get() == null ? DidChannel.DESK : didChannel.get();
        run((cases, cf) -> cases.declareDid(operator, cf, on.get(), channel), current(),
                v -> messages.text("case.did.recorded", words.date(on.get()), words.channel(channel)));
    }

    /** Ends the DID in force on the day typed (today when empty); it stays in the history. */
    public void withdrawDid() {
        Optional<LocalDate> on = date(didOn.get(), "case.label.didOn");
        if (on.isEmpty() || !hasCase()) {
            return;
        }
        run((cases, cf) -> cases.withdrawDid(operator, cf, on.get()), current(),
                v -> messages.text("case.did.withdrawn", words.date(on.get())));
    }

    /** Takes charge of the case, or (a supervisor) gives it to the login typed. */
    public void assign() {
        if (!hasCase()) {
            return;
        }
        String login = assignTo.get() == null ? "" : assignTo.get().strip();
        run((cases, cf) -> cases.assign(operator, cf, login.isEmpty() ? null : login), current(),
                v -> messages.text("case.assigned", v.caseManager() == null ? "" : v.caseManager().name()));
    }

    /** Adds the measure of the form to the pact; the form empties once the office has it. */
    public void addMeasure() {
        if (!hasCase()) {
            return;
        }
        if (measureOn.get() == null || measureOn.get().isBlank()) {
            notice.set(Notice.error(messages.text("case.measure.needsDate")));
            return;
        }
        Optional<LocalDate> on = date(measureOn.get(), "case.label.measureOn");
        if (on.isEmpty()) {
            return;
        }
        MeasureKind kind = measureKind.get() == null ? MeasureKind.JOB_TALK : measureKind.get();
        Party who = measureWho.get() == null ? Party.CASE_MANAGER : measureWho.get();
        String what = measureWhat.get() == null ? "" : measureWhat.get().strip();
        if (what.length() > Measure.MAX_WHAT) {
            notice.set(Notice.error(messages.text("case.measure.tooLong", Measure.MAX_WHAT)));
            return;
        }
        run((cases, cf) -> cases.addMeasure(operator, cf, kind, on.get(), who, what), current(), v -> {
            measureOn.set("");
            measureWhat.set("");
            return messages.text("case.measure.added", words.kind(kind), words.date(on.get()));
        });
    }

    /**
     * A supervisor: the citizen no longer needs {@code moved}, an appointment a moved dossier brought (ADR 40). It
     * leaves the list to rebook and stays in the file with the reason typed, which is required.
     */
    public void dismiss(org.sportello.model.agenda.MovedAppointment moved) {
        if (moved == null || !hasCase() || busy.get()) {
            return;
        }
        String why = dismissReason.get() == null ? "" : dismissReason.get().strip();
        if (why.isEmpty()) {
            notice.set(Notice.error(messages.text("case.dismiss.needsReason")));
            return;
        }
        CodiceFiscale cf = current();
        busy.set(true);
        office.submit(s -> {
            s.agenda().dismissMoved(operator, moved.id(), why);
            return s.cases().view(operator, cf);
        }, answer -> {
            busy.set(false);
            show(answer);
            dismissReason.set("");
            // Its status before the dismissal ("to be rebooked") would contradict the notice: when and with whom only.
            java.time.ZonedDateTime at = moved.startsAt().atZone(zone);
            notice.set(Notice.success(messages.text("case.dismissed", words.date(at.toLocalDate()),
                    java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(at),
                    moved.withName().isBlank() ? moved.withLogin() : moved.withName())));
        }, failure -> {
            busy.set(false);
            notice.set(failure.message() == null ? null : Notice.error(failure.message()));
        });
    }

    /** Marks a measure done, or not done again (a click by mistake). */
    public void toggle(MeasureRow row) {
        if (row == null || !hasCase()) {
            return;
        }
        boolean done = !row.done();
        run((cases, cf) -> cases.markMeasure(operator, cf, row.id(), done), current(),
                v -> messages.text(done ? "case.measure.markedDone" : "case.measure.markedOpen"));
    }

    private void run(BiFunction<CaseService, CodiceFiscale, CaseView> call, CodiceFiscale cf,
                     java.util.function.Function<CaseView, String> success) {
        busy.set(true);
        office.submit(s -> call.apply(s.cases(), cf), answer -> {
            busy.set(false);
            show(answer);
            notice.set(success == null ? null : Notice.success(success.apply(answer)));
        }, failure -> {
            busy.set(false);
            notice.set(failure.message() == null ? null : Notice.error(failure.message()));
        });
    }

    private Optional<CodiceFiscale> typedCode() {
        String typed = search.get() == null ? "" : search.get().strip();
        if (typed.isEmpty()) {
            notice.set(Notice.info(messages.text("case.search.empty")));
            return Optional.empty();
        }
        String upper = typed.toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        CodiceFiscaleCheck check = CodiceFiscale.check(upper, today());
        if (check instanceof CodiceFiscaleCheck.Invalid invalid) {
            notice.set(Notice.error(messages.text("file.search.badCode", upper,
                    messages.text("cf.error." + invalid.error().name()))));
            return Optional.empty();
        }
        return check.value();
    }

    private boolean hasCase() {
        if (view.get() == null) {
            notice.set(Notice.info(messages.text("case.search.empty")));
            return false;
        }
        return !busy.get();
    }

    private CodiceFiscale current() {
        return CodiceFiscale.of(view.get().taxCode(), today());
    }

    /** A typed day, or today when nothing was typed; a day that does not read is refused by name. */
    private Optional<LocalDate> date(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return Optional.of(today());
        }
        try {
            return Optional.of(words.parse(typed));
        } catch (DateTimeParseException e) {
            notice.set(Notice.error(messages.text("case.badDate", messages.text(field), typed.strip())));
            return Optional.empty();
        }
    }

    private void clear() {
        view.set(null);
        for (ReadOnlyStringWrapper p : List.of(header, status, did, manager, pact, talks, firstOffer)) {
            p.set("");
        }
        statusTone.set(Tone.NEUTRAL);
        didHistory.clear();
        stamps.clear();
        appointments.clear();
        measures.clear();
        overdue.clear();
        upcoming.clear();
        didOn.set("");
        assignTo.set("");
    }

    private void show(CaseView v) {
        view.set(v);
        search.set(v.taxCode());
        header.set(messages.text("case.header", v.name() == null ? "" : v.name(), v.taxCode(),
                words.date(v.today())));
        showStatus(v.status());
        did.set(v.did() == null ? messages.text("case.did.none")
                : messages.text("case.did.inForce", words.date(v.did().declaredOn()), words.channel(v.did().channel())));
        didHistory.setAll(v.didHistory().stream().map(this::historyLine).toList());
        stamps.setAll(v.stamps().stream().map(this::stampLine).toList());
        List<String> seen = new java.util.ArrayList<>(v.noShows().stream().map(this::noShowLine).toList());
        v.movedAppointments().forEach(a -> seen.add(movedLine(a)));
        appointments.setAll(seen);
        toRebook.setAll(v.toRebook());
        manager.set(v.caseManager() == null ? messages.text("case.manager.none")
                : messages.text("case.manager.is", v.caseManager().name(), v.caseManager().login(),
                        words.date(v.takenOn())));
        pact.set(v.pact() == null || v.pact().isBlank() ? messages.text("case.pact.none")
                : messages.text("case.pact.is", v.pact()));
        CaseStanding standing = v.standing();
        java.util.Set<java.util.UUID> late = standing.overdue().stream().map(Deadline::measureId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        measures.setAll(v.measures().stream().sorted(java.util.Comparator.comparing(Measure::on))
                .map(m -> new MeasureRow(m.id(), measureLine(m), m.done(), late.contains(m.id()))).toList());
        talks.set(standing.talks().by() == null ? messages.text("case.plan.notRunning")
                : messages.text("case.plan.talks", standing.talks().done(), standing.talks().required(),
                        words.date(standing.talks().by())));
        firstOffer.set(standing.firstOfferDue() == null ? (standing.talks().by() == null ? ""
                : messages.text("case.plan.offerMade"))
                : messages.text("case.plan.firstOffer", words.date(standing.firstOfferDue())));
        overdue.setAll(standing.overdue().stream().map(d -> words.line(d, v.today())).toList());
        upcoming.setAll(standing.upcoming().stream().map(d -> words.line(d, v.today())).toList());
    }

    private void showStatus(EmploymentStatus s) {
        String since = words.date(s.since());
        String didDay = words.date(s.didOn());
        switch (s.state()) {
            case UNEMPLOYED -> {
                status.set(messages.text("case.status.UNEMPLOYED", since));
                statusTone.set(Tone.GOOD);
            }
            case EMPLOYED -> {
                status.set(messages.text("case.status.EMPLOYED", since));
                statusTone.set(Tone.GOOD);
            }
            case NO_DID -> {
                status.set(messages.text("case.status.NO_DID"));
                statusTone.set(Tone.WARN);
            }
            case DID_LAPSED -> {
                status.set(messages.text("case.status.DID_LAPSED", didDay, since));
                statusTone.set(Tone.WARN);
            }
        }
    }

    private String historyLine(DidEntry e) {
        return e.endedOn() == null
                ? messages.text("case.did.historyOpen", words.date(e.declaredOn()), words.channel(e.channel()))
                : messages.text("case.did.historyEnded", words.date(e.declaredOn()), words.channel(e.channel()),
                        words.date(e.endedOn()));
    }

    private String noShowLine(org.sportello.model.cases.NoShow n) {
        java.time.ZonedDateTime at = n.startsAt().atZone(zone);
        return messages.text("case.appointments.noShow", words.date(at.toLocalDate()),
                java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(at),
                n.withName().isBlank() ? n.withLogin() : n.withName());
    }

    private String movedLine(org.sportello.model.agenda.MovedAppointment a) {
        java.time.ZonedDateTime at = a.startsAt().atZone(zone);
        String line = messages.text("case.appointments.moved", words.date(at.toLocalDate()),
                java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(at),
                a.withName().isBlank() ? a.withLogin() : a.withName(), a.bookedAtOffice(),
                messages.text("appointmentstatus." + a.statusHere().name()));
        // A dismissal keeps its reason in the file (ADR 40): the next person to read the case sees why.
        MovedAppointment.Dismissal d = a.dismissed();
        return d == null ? line : messages.text("case.appointments.dismissed", line, d.by(),
                words.date(d.at().atZone(zone).toLocalDate()), d.reason());
    }

    private String stampLine(org.sportello.model.stamps.Stamp s) {
        java.time.ZonedDateTime at = s.at().atZone(zone);
        return messages.text("case.stamps.line", words.date(at.toLocalDate()),
                java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(at), s.number().format(), s.station());
    }

    private String measureLine(Measure m) {
        String what = m.what().isEmpty() ? "" : " — " + m.what();
        return messages.text(m.done() ? "case.measure.lineDone" : "case.measure.line", words.date(m.on()),
                words.kind(m.kind()), words.party(m.who()), what);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    // ------------------------------------------------------------------ for the view

    public ObservableList<org.sportello.model.agenda.MovedAppointment> toRebook() {
        return toRebook;
    }

    public StringProperty dismissReasonProperty() {
        return dismissReason;
    }

    /** One appointment to rebook as the list shows it. */
    public String describe(org.sportello.model.agenda.MovedAppointment moved) {
        return movedLine(moved);
    }

    /** Supervisors may give the case to someone else; operators take it themselves. */
    public boolean supervisor() {
        return operator.role().includes(Role.SUPERVISOR);
    }

    public String kindName(MeasureKind k) {
        return words.kind(k);
    }

    public String partyName(Party p) {
        return words.party(p);
    }

    public String channelName(DidChannel c) {
        return words.channel(c);
    }

    public Messages messages() {
        return messages;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyObjectProperty<CaseView> viewProperty() {
        return view.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> statusToneProperty() {
        return statusTone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty didProperty() {
        return did.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty managerProperty() {
        return manager.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pactProperty() {
        return pact.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty talksProperty() {
        return talks.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty firstOfferProperty() {
        return firstOffer.getReadOnlyProperty();
    }

    /** "24/11/2026 10:00 · BO01-2026-000001 · ingresso-1", latest first. */
    public ObservableList<String> appointments() {
        return appointments;
    }

    public ObservableList<String> stamps() {
        return stamps;
    }

    public ObservableList<String> didHistory() {
        return didHistory;
    }

    public ObservableList<MeasureRow> measures() {
        return measures;
    }

    public ObservableList<String> overdue() {
        return overdue;
    }

    public ObservableList<String> upcoming() {
        return upcoming;
    }

    public StringProperty didOnProperty() {
        return didOn;
    }

    public ObjectProperty<DidChannel> didChannelProperty() {
        return didChannel;
    }

    public StringProperty assignToProperty() {
        return assignTo;
    }

    public ObjectProperty<MeasureKind> measureKindProperty() {
        return measureKind;
    }

    public StringProperty measureOnProperty() {
        return measureOn;
    }

    public ObjectProperty<Party> measureWhoProperty() {
        return measureWho;
    }

    public StringProperty measureWhatProperty() {
        return measureWhat;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}

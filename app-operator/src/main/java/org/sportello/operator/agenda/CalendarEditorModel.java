package org.sportello.operator.agenda;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sportello.model.agenda.AgendaCalendar;
import org.sportello.model.agenda.Appointment;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.operator.office.OfficeWork;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Notice;

/**
 * The supervisors' calendar editor (Ctrl+F10, issue 13, ADR 38): pick a person's or a workshop's calendar, edit its
 * hours, slot lengths, absences and a workshop's room and seats, and the office's booking rule. Each part is a form
 * of its own that checks what is typed beside its field; this model loads, saves and says what the office answered.
 *
 * <p>The office refuses an edit that would strand booked appointments to come; the editor then lists them (when,
 * who, what) so the supervisor can rebook or cancel them first. A save sends the version read: another supervisor's
 * save in between is refused and said, and the edit is kept until reloaded.
 */
public final class CalendarEditorModel {
    private final OfficeWork office;
    private final Messages messages;
    private final OperatorSession operator;
    private final ZoneId zone;

    private final HoursForm hours;
    private final SlotLengthsForm lengths;
    private final AbsencesForm absences;
    private final WorkshopForm workshop;
    private final RuleForm rule;
    private final ObservableList<AgendaCalendar> calendars = FXCollections.observableArrayList();
    private final ObservableList<String> stranded = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AgendaCalendar> read = new ReadOnlyObjectWrapper<>(this, "read");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", false);

    public CalendarEditorModel(OfficeWork office, OperatorSession operator, ZoneId zone, Clock clock) {
        this.office = office;
        this.messages = office.messages();
        this.operator = operator;
        this.zone = zone;
        this.hours = new HoursForm(messages);
        this.lengths = new SlotLengthsForm(messages);
        this.absences = new AbsencesForm(messages, () -> LocalDateTime.now(clock.withZone(zone)));
        this.workshop = new WorkshopForm(messages);
        this.rule = new RuleForm(messages);
    }

    /** Opens on the supervisor's own calendar, with every calendar to pick from and the office's rule. */
    public void open() {
        notice.set(null);
        office.submit(s -> s.agenda().calendars(operator), calendars::setAll, this::say);
        office.submit(s -> s.agenda().rule(operator), rule::load, this::say);
        pick(operator.login());
    }

    /** Reads {@code owner}'s calendar into the forms (dropping an unsaved edit). */
    public void pick(String owner) {
        office.submit(s -> s.agenda().calendar(operator, owner), this::fill, this::say);
    }

    public void reload() {
        AgendaCalendar k = read.get();
        pick(k == null ? operator.login() : k.owner());
    }

    private void fill(AgendaCalendar k) {
        read.set(k);
        stale.set(false);
        stranded.clear();
        hours.load(k.hours());
        lengths.load(k);
        absences.load(k.absences());
        workshop.load(k.workshop());
        title.set(messages.text(k.isWorkshop() ? "editor.heading.workshop" : "editor.heading.person", k.name(),
                k.owner()));
    }

    /** Saves the calendar: refused here when a field is wrong (each says why), by the office when it strands. */
    public void save() {
        AgendaCalendar k = read.get();
        if (k == null) {
            return;
        }
        if (!(hours.valid() & lengths.valid() & workshop.valid())) {
            notice.set(Notice.error(messages.text("editor.fix")));
            return;
        }
        AgendaCalendar edited = new AgendaCalendar(k.id(), k.owner(), k.name(), hours.value(), lengths.value(),
                absences.value(), workshop.value(), k.version());
        stranded.clear();
        office.submit(s -> s.agenda().saveCalendar(operator, edited), saved -> {
            fill(saved);
            notice.set(Notice.success(messages.text("calendar.saved", saved.name())));
        }, failure -> {
            Problem p = failure.refusal() == null ? null : failure.refusal().problem();
            if (p == Problem.CALENDAR_CHANGED) {
                stale.set(true);
                notice.set(Notice.error(messages.text("calendar.stale", edited.name())));
            } else if (p == Problem.CALENDAR_STRANDS_APPOINTMENTS) {
                say(failure);
                office.submit(s -> s.agenda().stranded(operator, edited),
                        list -> stranded.setAll(list.stream().map(this::line).toList()), this::say);
            } else {
                say(failure);
            }
        });
    }

    /** Saves the office's booking rule (every operator's proposals follow it from the next booking). */
    public void saveRule() {
        if (!rule.valid()) {
            notice.set(Notice.error(messages.text("editor.fix")));
            return;
        }
        var edited = rule.value();
        office.submit(s -> s.agenda().saveRule(operator, edited), saved -> {
            rule.load(saved);
            notice.set(Notice.success(messages.text("editor.rule.saved")));
        }, this::say);
    }

    /** An appointment the edit would strand, as the list shows it: when, whose, what. */
    String line(Appointment a) {
        return messages.text("editor.stranded.line", AgendaDates.when(a.startsAt(), zone, messages.locale()),
                a.taxCode(), messages.name(a.kind()));
    }

    private void say(OfficeWork.Failure failure) {
        if (failure.message() != null) {
            notice.set(Notice.error(failure.message()));
        }
    }

    public HoursForm hours() {
        return hours;
    }

    public SlotLengthsForm lengths() {
        return lengths;
    }

    public AbsencesForm absences() {
        return absences;
    }

    public WorkshopForm workshop() {
        return workshop;
    }

    public RuleForm rule() {
        return rule;
    }

    public ObservableList<AgendaCalendar> calendars() {
        return calendars;
    }

    /** The appointments the last refused save would have stranded, one line each. */
    public ObservableList<String> stranded() {
        return stranded;
    }

    public ReadOnlyObjectProperty<AgendaCalendar> readProperty() {
        return read.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    /** For the view's picker: "Maria Rossi (mrossi)". */
    public String describe(String owner) {
        return calendars.stream().filter(k -> k.owner().equals(owner)).findFirst()
                .map(k -> k.name() + " (" + owner + ")").orElse(owner);
    }
}

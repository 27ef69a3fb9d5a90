package org.sportello.operator.agenda;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import org.sportello.model.agenda.AgendaCalendar;
import org.sportello.model.agenda.AgendaService;
import org.sportello.model.agenda.Appointment;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.model.agenda.BookingRule;
import org.sportello.model.agenda.Held;
import org.sportello.model.agenda.Slot;
import org.sportello.model.agenda.SlotGenerator;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.documents.IssuedPaper;
import org.sportello.operator.documents.DeskPrinters;
import org.sportello.operator.documents.PdfPages;
import org.sportello.operator.office.OfficeWork;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Notice;

/**
 * The desk's booking sheet (issue 13): for the citizen at the counter or one typed in, the first free slots the
 * office's rule proposes (and which step of the rule found them), or the free slots of another person, kind or
 * day; book the one picked, rebook or cancel one of the citizen's appointments (their history stays), and issue
 * and print the appointment letter. The server decides every booking: a slot someone took meanwhile comes back
 * as {@code SLOT_TAKEN} and the proposal is read again.
 */
public final class BookingModel {
    static final int PROPOSALS = 8;
    /** The "with" choice that lets the rule pick (the citizen's case manager). */
    public static final String BY_RULE = "";

    /** What the slots list offers: a free slot and whose calendar it is in. */
    public record Offer(Slot slot, String owner, String name) {
    }

    private final OfficeWork office;
    private final Messages messages;
    private final OperatorSession operator;
    private final ZoneId zone;
    private final Clock clock;
    private final DeskPrinters printers;
    private final Supplier<Optional<String>> citizenAtCounter;

    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final ObjectProperty<AppointmentKind> kind = new SimpleObjectProperty<>(this, "kind",
            AppointmentKind.CASE_MANAGER_TALK);
    private final StringProperty with = new SimpleStringProperty(this, "with", BY_RULE);
    private final StringProperty day = new SimpleStringProperty(this, "day", "");
    private final StringProperty bring = new SimpleStringProperty(this, "bring", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ReadOnlyObjectWrapper<CodiceFiscale> citizen = new ReadOnlyObjectWrapper<>(this, "citizen");
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper(this, "step", "");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    /** The appointment being moved, while the operator picks its new slot; null when booking a new one. */
    private final ReadOnlyObjectWrapper<Appointment> moving = new ReadOnlyObjectWrapper<>(this, "moving");
    private final ReadOnlyObjectWrapper<List<BufferedImage>> letter = new ReadOnlyObjectWrapper<>(this, "letter",
            List.of());
    private final ObservableList<Offer> offers = FXCollections.observableArrayList();
    private final ObservableList<Appointment> history = FXCollections.observableArrayList();
    private final ObservableList<AgendaCalendar> calendars = FXCollections.observableArrayList();
    private final Map<UUID, AgendaCalendar> byId = new HashMap<>();
    private IssuedPaper issued;

    public BookingModel(OfficeWork office, OperatorSession operator, ZoneId zone, Clock clock, DeskPrinters printers,
                        Supplier<Optional<String>> citizenAtCounter) {
        this.office = office;
        this.messages = office.messages();
        this.operator = operator;
        this.zone = zone;
        this.clock = clock;
        this.printers = printers;
        this.citizenAtCounter = citizenAtCounter;
    }

    /** The sheet opens: empty, or already on the citizen at the counter. */
    public void open() {
        code.set(citizenAtCounter.get().orElse(""));
        citizen.set(null);
        with.set(BY_RULE);
        day.set("");
        bring.set("");
        reason.set("");
        kind.set(AppointmentKind.CASE_MANAGER_TALK);
        offers.clear();
        history.clear();
        step.set("");
        moving.set(null);
        clearLetter();
        notice.set(null);
        office.submit(s -> agenda(s).calendars(operator), found -> {
            calendars.setAll(found);
            byId.clear();
            found.forEach(k -> byId.put(k.id(), k));
            // The first proposal may have come back before the calendars: name its slots' owners now.
            offers.setAll(offers.stream().map(o -> offer(o.slot(), o.owner())).toList());
        }, failure -> say(failure));
        if (!code.get().isBlank()) {
            find();
        }
    }

    /** Reads the typed code: the citizen's history and the first free slots for them. */
    public void find() {
        String typed = code.get().strip().toUpperCase(Locale.ROOT);
        CodiceFiscaleCheck check = CodiceFiscale.check(typed, LocalDate.now(clock.withZone(zone)));
        if (check instanceof CodiceFiscaleCheck.Invalid) {
            notice.set(Notice.error(messages.text("booking.badCode", typed)));
            return;
        }
        CodiceFiscale cf = CodiceFiscale.of(typed, LocalDate.now(clock.withZone(zone)));
        code.set(cf.code());
        citizen.set(cf);
        moving.set(null);
        clearLetter();
        loadHistory();
        propose();
    }

    /** The proposal for the current citizen, person, kind and day (a day typed: that day's free slots). */
    public void propose() {
        CodiceFiscale cf = citizen.get();
        if (cf == null) {
            notice.set(Notice.error(messages.text("booking.noCitizen")));
            return;
        }
        Appointment moved = moving.get();
        String whom = moved != null ? moved.withLogin() : with.get();
        AppointmentKind what = moved != null ? moved.kind() : kind.get();
        Optional<LocalDate> chosenDay = day.get().isBlank() ? Optional.empty() : AgendaDates.parseDay(day.get());
        if (!day.get().isBlank() && chosenDay.isEmpty()) {
            notice.set(Notice.error(messages.text("booking.badDay", day.get())));
            return;
        }
        busy.set(true);
        office.submit(s -> {
            AgendaService agenda = agenda(s);
            if (chosenDay.isEmpty()) {
                BookingRule.Proposal p = agenda.propose(operator, cf, whom.isBlank() ? null : whom, what, PROPOSALS);
                return p;
            }
            return new BookingRule.Proposal(BookingRule.Step.NONE, freeOn(agenda, whom, what, chosenDay.get()));
        }, proposal -> {
            busy.set(false);
            List<Offer> shown = new ArrayList<>();
            for (Slot slot : proposal.slots()) {
                shown.add(offer(slot, whom));
            }
            offers.setAll(shown);
            if (chosenDay.isPresent()) {
                step.set(messages.text(shown.isEmpty() ? "booking.day.none" : "booking.day",
                        AgendaDates.day(chosenDay.get(), messages.locale())));
            } else {
                step.set(messages.text("booking.step." + proposal.step().name()));
            }
        }, failure -> {
            busy.set(false);
            offers.clear();
            step.set("");
            say(failure);
        });
    }

    /** A day's free slots: exact for the operator's own calendar or a supervisor; the server checks at booking. */
    private List<Slot> freeOn(AgendaService agenda, String whom, AppointmentKind what, LocalDate on) {
        String owner = whom.isBlank() ? operator.login() : whom;
        AgendaCalendar k = agenda.calendar(operator, owner);
        List<Held> held;
        try {
            held = agenda.list(operator, owner, on, on).stream().filter(a -> a.status().holdsPlace())
                    .map(Appointment::held).toList();
        } catch (SportelloException notAllowed) {
            // Another's agenda is for supervisors: the slots are shown, the server refuses one already taken.
            held = List.of();
        }
        java.time.Instant now = clock.instant();
        return SlotGenerator.free(k, what, on, on, zone, held).stream()
                .filter(sl -> sl.startsAt().isAfter(now)).toList();
    }

    /** Books the picked slot (or moves the appointment being rebooked there). */
    public void book(Offer offer) {
        CodiceFiscale cf = citizen.get();
        if (offer == null || cf == null) {
            notice.set(Notice.error(messages.text("booking.pickSlot")));
            return;
        }
        Appointment moved = moving.get();
        busy.set(true);
        office.submit(s -> moved == null
                ? agenda(s).book(operator, cf, offer.owner(), offer.slot().kind(), offer.slot().start(), bring.get())
                : agenda(s).rebook(operator, moved.id(), offer.slot().start(), reason.get()), done -> {
            busy.set(false);
            moving.set(null);
            reason.set("");
            String when = AgendaDates.when(offer.slot().start(), messages.locale());
            notice.set(Notice.success(messages.text(moved == null ? "booking.booked" : "booking.rebooked", when,
                    offer.name())));
            loadHistory();
            offers.clear();
            step.set("");
        }, failure -> {
            busy.set(false);
            if (failure.refusal() != null && failure.refusal().problem() == Problem.SLOT_TAKEN) {
                notice.set(Notice.error(messages.text("booking.taken",
                        AgendaDates.when(offer.slot().start(), messages.locale()))));
                propose();
                return;
            }
            say(failure);
        });
    }

    /** Starts moving one of the citizen's booked appointments: the proposal is now for its person and kind. */
    public void startRebook(Appointment a) {
        if (!isOpen(a)) {
            return;
        }
        moving.set(a);
        notice.set(Notice.info(messages.text("booking.rebooking", AgendaDates.when(a.startsAt(), zone,
                messages.locale()), nameOf(a))));
        propose();
    }

    public void stopRebook() {
        moving.set(null);
        notice.set(null);
        propose();
    }

    public void cancel(Appointment a) {
        if (!isOpen(a)) {
            return;
        }
        busy.set(true);
        office.submit(s -> agenda(s).cancel(operator, a.id(), reason.get()), done -> {
            busy.set(false);
            reason.set("");
            notice.set(Notice.success(messages.text("booking.cancelled",
                    AgendaDates.when(a.startsAt(), zone, messages.locale()), nameOf(a))));
            loadHistory();
            propose();
        }, failure -> {
            busy.set(false);
            say(failure);
        });
    }

    /** Issues the appointment's letter on the server, shows it and sends it to the A4 printer. */
    public void letter(Appointment a) {
        if (!isOpen(a)) {
            return;
        }
        busy.set(true);
        Locale language = messages.locale();
        office.submit(s -> {
            IssuedPaper paper = agenda(s).letter(operator, a.id(), language);
            return new Object[] {paper, PdfPages.render(paper.pdf(), PdfPages.PREVIEW_DPI)};
        }, result -> {
            issued = (IssuedPaper) result[0];
            @SuppressWarnings("unchecked")
            List<BufferedImage> pages = (List<BufferedImage>) result[1];
            letter.set(pages);
            String number = issued.entry().number().format();
            notice.set(Notice.info(messages.text("booking.letter.printing", number)));
            loadHistory();
            byte[] pdf = issued.pdf();
            office.submitTo(printers.printing(), () -> printers.a4().print(pdf, "letter-" + number), outcome -> {
                busy.set(false);
                notice.set(outcome.printed()
                        ? Notice.success(messages.text("booking.letter.printed", number, outcome.printer()))
                        : Notice.error(messages.text("booking.letter.notPrinted", number,
                                outcome.detail().isBlank() ? outcome.result().name() : outcome.detail())));
            });
        }, failure -> {
            busy.set(false);
            say(failure);
        });
    }

    public void clearLetter() {
        letter.set(List.of());
        issued = null;
    }

    private void loadHistory() {
        CodiceFiscale cf = citizen.get();
        if (cf == null) {
            return;
        }
        office.submit(s -> agenda(s).ofCitizen(operator, cf), history::setAll, this::say);
    }

    private boolean isOpen(Appointment a) {
        if (a == null) {
            notice.set(Notice.error(messages.text("booking.pickAppointment")));
            return false;
        }
        if (!a.status().holdsPlace()) {
            notice.set(Notice.error(messages.text("booking.closed", messages.name(a.status()))));
            return false;
        }
        return true;
    }

    /** How the history and the slots list write an appointment. */
    public String describe(Appointment a) {
        return messages.text("booking.history.row", AgendaDates.when(a.startsAt(), zone, messages.locale()),
                messages.name(a.kind()), nameOf(a), messages.name(a.status()),
                a.letter() == null || a.letter().isBlank() ? "" : " · " + messages.text("booking.history.letter", a.letter()));
    }

    /** A free slot with whose calendar it is in, as far as the calendars read so far say. */
    private Offer offer(Slot slot, String whom) {
        AgendaCalendar k = byId.get(slot.calendarId());
        return new Offer(slot, k == null ? whom : k.owner(), k == null ? whom : k.name());
    }

    public String describe(Offer o) {
        String when = AgendaDates.when(o.slot().start(), messages.locale());
        String end = AgendaDates.time(o.slot().end().toLocalTime());
        // Nobody named (the office's rule chooses, calendars not read yet): no dangling " · ".
        return o.name() == null || o.name().isBlank() ? messages.text("booking.slot.rowAnyone", when, end)
                : messages.text("booking.slot.row", when, end, o.name());
    }

    private String nameOf(Appointment a) {
        return a.withName() == null || a.withName().isBlank() ? a.withLogin() : a.withName();
    }

    private void say(OfficeWork.Failure failure) {
        if (failure.message() != null) {
            notice.set(Notice.error(failure.message()));
        }
    }

    private static AgendaService agenda(org.sportello.link.OfficeServices s) {
        if (s.agenda() == null) {
            throw new SportelloException(Problem.OFFICE_UNAVAILABLE, "this desk's link has no agenda");
        }
        return s.agenda();
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ObjectProperty<AppointmentKind> kindProperty() {
        return kind;
    }

    public StringProperty withProperty() {
        return with;
    }

    public StringProperty dayProperty() {
        return day;
    }

    public StringProperty bringProperty() {
        return bring;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyObjectProperty<CodiceFiscale> citizenProperty() {
        return citizen.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Appointment> movingProperty() {
        return moving.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<BufferedImage>> letterProperty() {
        return letter.getReadOnlyProperty();
    }

    public ObservableList<Offer> offers() {
        return offers;
    }

    public ObservableList<Appointment> history() {
        return history;
    }

    public ObservableList<AgendaCalendar> calendars() {
        return calendars;
    }

    public Messages messages() {
        return messages;
    }
}

package org.sportello.operator.agenda;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sportello.model.agenda.AgendaCalendar;
import org.sportello.model.agenda.Absence;
import org.sportello.model.agenda.Appointment;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.model.agenda.NewCalendar;
import org.sportello.model.agenda.WorkingHours;
import org.sportello.model.agenda.Workshop;
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
 *
 * <p>F8 starts a new calendar (ADR 40) in the same forms: an operator's who has none, or a workshop's; F6 opens it.
 */
public final class CalendarEditorModel {
    private final OfficeWork office;
    private final Messages messages;
    private final OperatorSession operator;
    private final OwnerNames names;
    private final ZoneId zone;

    private final HoursForm hours;
    private final SlotLengthsForm lengths;
    private final AbsencesForm absences;
    private final WorkshopForm workshop;
    private final RuleForm rule;
    private final NewCalendarForm opening;
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(this, "creating", false);
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
        this.names = new OwnerNames(operator);
        this.zone = zone;
        this.hours = new HoursForm(messages);
        this.lengths = new SlotLengthsForm(messages);
        this.absences = new AbsencesForm(messages, () -> LocalDateTime.now(clock.withZone(zone)));
        this.workshop = new WorkshopForm(messages);
        this.rule = new RuleForm(messages);
        this.opening = new NewCalendarForm(messages);
        opening.workshopProperty().addListener((obs, was, now) -> {
            if (creating.get()) {
                workshop.startNew(now);
                title.set(messages.text(now ? "editor.new.heading.workshop" : "editor.new.heading.person"));
            }
        });
    }

    /** Opens on the supervisor's own calendar, with every calendar to pick from and the office's rule. */
    public void open() {
        notice.set(null);
        office.submit(s -> s.agenda().calendars(operator), this::listed, this::say);
        office.submit(s -> s.agenda().rule(operator), rule::load, this::say);
        pick(operator.login());
    }

    /**
     * Starts a new calendar (F8, ADR 40): empty whose-fields, the office's usual hours and every kind's default length,
     * to be changed before F6 opens it. F5 (or picking a calendar) drops it.
     */
    public void startNew() {
        creating.set(true);
        read.set(null);
        stale.set(false);
        stranded.clear();
        notice.set(null);
        opening.clear(false);
        hours.load(WorkingHours.officeDefault());
        lengths.load(AgendaCalendar.ofPerson(new UUID(0, 0), "", ""));
        absences.load(List.of());
        workshop.startNew(false);
        title.set(messages.text("editor.new.heading.person"));
    }

    /** Reads {@code owner}'s calendar into the forms (dropping an unsaved edit). */
    public void pick(String owner) {
        office.submit(s -> s.agenda().calendar(operator, owner), this::fill, this::say);
    }

    public void reload() {
        creating.set(false);
        AgendaCalendar k = read.get();
        pick(k == null ? operator.login() : k.owner());
    }

    private void listed(List<AgendaCalendar> found) {
        names.learn(found);
        calendars.setAll(found);
    }

    private void fill(AgendaCalendar k) {
        names.learn(k);
        creating.set(false);
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
        if (creating.get()) {
            create();
            return;
        }
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

    /** Opens the new calendar; absences typed meanwhile are saved on it right after, as an edit. */
    private void create() {
        if (!(opening.valid() & hours.valid() & lengths.valid() & workshop.valid())) {
            notice.set(Notice.error(messages.text("editor.fix")));
            return;
        }
        Map<AppointmentKind, Integer> minutes = new EnumMap<>(AppointmentKind.class);
        AgendaCalendar defaults = AgendaCalendar.ofPerson(new UUID(0, 0), "", "");
        lengths.value().forEach((kind, length) -> {
            if (!length.equals(defaults.lengthOf(kind))) {
                minutes.put(kind, (int) length.toMinutes());
            }
        });
        Workshop place = workshop.value();
        NewCalendar asked = new NewCalendar(opening.workshopProperty().get(), opening.ownerProperty().get(),
                opening.nameProperty().get(), hours.value().format(), place == null ? "" : place.room(),
                place == null ? 0 : place.seats(), minutes);
        List<Absence> away = absences.value();
        office.submit(s -> {
            AgendaCalendar made = s.agenda().createCalendar(operator, asked);
            return away.isEmpty() ? made : s.agenda().saveCalendar(operator, made.withAbsences(away));
        }, made -> {
            fill(made);
            office.submit(s -> s.agenda().calendars(operator), this::listed, this::say);
            notice.set(Notice.success(messages.text("editor.new.opened", made.name())));
        }, this::say);
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

    public NewCalendarForm opening() {
        return opening;
    }

    /** A new calendar is being filled in (not yet at the office). */
    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
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

    /** For the view's picker: "Maria Rossi (mrossi)", the bare login only while the office has not said whose. */
    public String describe(String owner) {
        return names.describe(owner);
    }

    /** Runs {@code redraw} when a name becomes known (after the picker showed the login). */
    public void onNamesChanged(Runnable redraw) {
        names.onChange(redraw);
    }
}

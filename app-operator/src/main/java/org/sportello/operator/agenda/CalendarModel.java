package org.sportello.operator.agenda;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sportello.model.agenda.Absence;
import org.sportello.model.agenda.AgendaCalendar;
import org.sportello.model.agenda.AgendaService;
import org.sportello.model.agenda.Appointment;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.model.agenda.Held;
import org.sportello.model.agenda.SlotGenerator;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.Role;
import org.sportello.operator.office.OfficeWork;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Notice;

/**
 * The calendar at the desk (issue 13): the operator's own day or week with its appointments, free slots and
 * absences; a supervisor picks anyone's calendar to see. Editing is the supervisors' {@link CalendarEditorModel}
 * (Ctrl+F10, ADR 38).
 */
public final class CalendarModel {
    /** One line of a day: when, what, and how it looks (appointment, free, absence). */
    public record Entry(LocalTime at, String text, String style) {
    }

    /** One day of the week shown. */
    public record Day(LocalDate day, String title, List<Entry> entries) {
    }

    private final OfficeWork office;
    private final Messages messages;
    private final OperatorSession operator;
    private final ZoneId zone;
    private final Clock clock;

    private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
    private final ReadOnlyObjectWrapper<LocalDate> shownDay = new ReadOnlyObjectWrapper<>(this, "day");
    private final BooleanProperty week = new SimpleBooleanProperty(this, "week", false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ObservableList<Day> days = FXCollections.observableArrayList();
    private final ObservableList<AgendaCalendar> calendars = FXCollections.observableArrayList();
    private final OwnerNames names;
    private AgendaCalendar read;

    public CalendarModel(OfficeWork office, OperatorSession operator, ZoneId zone, Clock clock) {
        this.office = office;
        this.messages = office.messages();
        this.operator = operator;
        this.zone = zone;
        this.clock = clock;
        this.names = new OwnerNames(operator);
    }

    public boolean isSupervisor() {
        return operator.role().includes(Role.SUPERVISOR);
    }

    /** The sheet opens on the operator's own calendar, today. */
    public void open() {
        owner.set(operator.login());
        shownDay.set(today());
        notice.set(null);
        if (isSupervisor()) {
            office.submit(s -> s.agenda().calendars(operator), found -> {
                names.learn(found);
                calendars.setAll(found);
            }, this::say);
        }
        load();
    }

    /** Reads the calendar and its week again. */
    public void load() {
        String who = owner.get() == null || owner.get().isBlank() ? operator.login() : owner.get();
        LocalDate monday = shownDay.get().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        office.submit(s -> {
            AgendaService agenda = s.agenda();
            AgendaCalendar k = agenda.calendar(operator, who);
            List<Appointment> booked = agenda.list(operator, who, monday, monday.plusDays(6));
            return new Object[] {k, booked};
        }, result -> {
            read = (AgendaCalendar) result[0];
            names.learn(read);
            @SuppressWarnings("unchecked")
            List<Appointment> booked = (List<Appointment>) result[1];
            days.setAll(build(read, booked, monday));
            title.set(messages.text(week.get() ? "calendar.title.week" : "calendar.title.day", read.name(),
                    AgendaDates.day(week.get() ? monday : shownDay.get(), messages.locale()),
                    AgendaDates.day(monday.plusDays(6), messages.locale())));
        }, this::say);
    }

    private List<Day> build(AgendaCalendar k, List<Appointment> booked, LocalDate monday) {
        List<Day> out = new ArrayList<>();
        List<LocalDate> shown = new ArrayList<>();
        if (week.get()) {
            for (int i = 0; i < 7; i++) {
                LocalDate d = monday.plusDays(i);
                boolean works = !k.hours().on(d.getDayOfWeek()).isEmpty();
                boolean hasAny = booked.stream().anyMatch(a -> localDay(a).equals(d));
                if (works || hasAny || i < 5) {
                    shown.add(d);
                }
            }
        } else {
            shown.add(shownDay.get());
        }
        Locale locale = messages.locale();
        for (LocalDate d : shown) {
            List<Entry> entries = new ArrayList<>();
            List<Appointment> ofDay = booked.stream().filter(a -> localDay(a).equals(d)).toList();
            for (Appointment a : ofDay) {
                LocalDateTime start = LocalDateTime.ofInstant(a.startsAt(), zone);
                LocalDateTime end = LocalDateTime.ofInstant(a.endsAt(), zone);
                entries.add(new Entry(start.toLocalTime(), messages.text("calendar.entry.appointment",
                        AgendaDates.time(start.toLocalTime()), AgendaDates.time(end.toLocalTime()), a.taxCode(),
                        messages.name(a.kind()), messages.name(a.status())),
                        a.status().holdsPlace() ? "appointment" : "closed"));
            }
            List<Held> held = ofDay.stream().filter(a -> a.status().holdsPlace()).map(Appointment::held).toList();
            AppointmentKind usual = k.isWorkshop() ? AppointmentKind.WORKSHOP : AppointmentKind.CASE_MANAGER_TALK;
            java.time.Instant now = clock.instant();
            // A free slot already past is no longer on offer: the day shows what can still be booked.
            SlotGenerator.free(k, usual, d, d, zone, held).stream().filter(s -> s.startsAt().isAfter(now))
                    .forEach(s -> entries.add(new Entry(s.start().toLocalTime(),
                    messages.text("calendar.entry.free", AgendaDates.time(s.start().toLocalTime()),
                            AgendaDates.time(s.end().toLocalTime())), "free")));
            for (Absence ab : k.absences()) {
                if (ab.from().isBefore(d.plusDays(1).atStartOfDay()) && d.atStartOfDay().isBefore(ab.to())) {
                    LocalTime from = ab.from().toLocalDate().isBefore(d) ? LocalTime.MIDNIGHT : ab.from().toLocalTime();
                    entries.add(new Entry(from, messages.text("calendar.entry.absence", AgendaDates.typed(ab.from()),
                            AgendaDates.typed(ab.to()), ab.reason()), "absence"));
                }
            }
            if (entries.isEmpty()) {
                entries.add(new Entry(LocalTime.MIDNIGHT, messages.text("calendar.entry.closed"), "closed"));
            }
            entries.sort(Comparator.comparing(Entry::at));
            out.add(new Day(d, AgendaDates.day(d, locale), List.copyOf(entries)));
        }
        return out;
    }

    private LocalDate localDay(Appointment a) {
        return LocalDateTime.ofInstant(a.startsAt(), zone).toLocalDate();
    }

    public void previous() {
        shownDay.set(shownDay.get().minusDays(week.get() ? 7 : 1));
        load();
    }

    public void next() {
        shownDay.set(shownDay.get().plusDays(week.get() ? 7 : 1));
        load();
    }

    public void toggleWeek() {
        week.set(!week.get());
        load();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private void say(OfficeWork.Failure failure) {
        if (failure.message() != null) {
            notice.set(Notice.error(failure.message()));
        }
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public BooleanProperty weekProperty() {
        return week;
    }

    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return shownDay.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ObservableList<Day> days() {
        return days;
    }

    public ObservableList<AgendaCalendar> calendars() {
        return calendars;
    }

    public Messages messages() {
        return messages;
    }

    /** For the picker: "Maria Rossi (mrossi)", the bare login only while the office has not said whose it is. */
    public String describe(String owner) {
        return names.describe(owner);
    }

    /** Runs {@code redraw} when a name becomes known (after the picker showed the login). */
    public void onNamesChanged(Runnable redraw) {
        names.onChange(redraw);
    }
}

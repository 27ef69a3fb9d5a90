package org.sportello.operator.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sportello.model.agenda.AgendaCalendar;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.model.agenda.BookingRule;
import org.sportello.model.agenda.TimeRange;
import org.sportello.model.agenda.WorkingHours;
import org.sportello.model.agenda.Workshop;
import org.sportello.operator.ui.Messages;

/** The calendar editor's forms without a toolkit or an office: what they read, and the words beside a wrong field. */
class CalendarFormsTest {
    final Messages messages = new Messages();
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 10, 0);

    @Test
    void hoursReadByDayWithTheLunchBreakAndSayWhatIsWrongBesideTheDay() {
        HoursForm form = new HoursForm(messages);
        form.load(WorkingHours.officeDefault());
        assertThat(form.hours(DayOfWeek.TUESDAY).get()).isEqualTo("08:30-12:30 14:30-17:00");
        assertThat(form.note(DayOfWeek.TUESDAY).get()).isEqualTo("pausa 12:30–14:30");
        assertThat(form.note(DayOfWeek.SUNDAY).get()).isEqualTo("non riceve");
        assertThat(form.valid()).isTrue();

        form.hours(DayOfWeek.MONDAY).set("9:00-13:00, 14.00-17:30");
        form.hours(DayOfWeek.WEDNESDAY).set("13:00-09:00");
        form.hours(DayOfWeek.THURSDAY).set("08:30-12:30 12:00-15:00");
        form.hours(DayOfWeek.FRIDAY).set("mattina");
        assertThat(form.error(DayOfWeek.MONDAY).get()).isEmpty();
        assertThat(form.note(DayOfWeek.MONDAY).get()).isEqualTo("pausa 13:00–14:00");
        assertThat(form.error(DayOfWeek.WEDNESDAY).get()).isEqualTo("13:00-09:00: la fine viene prima dell'inizio");
        assertThat(form.error(DayOfWeek.THURSDAY).get()).isEqualTo("08:30-12:30 e 12:00-15:00 si sovrappongono");
        assertThat(form.error(DayOfWeek.FRIDAY).get()).isEqualTo("«mattina» non è una fascia oraria: scrivere 08:30-12:30");
        assertThat(form.note(DayOfWeek.FRIDAY).get()).as("no lunch note on a wrong day").isEmpty();
        assertThat(form.valid()).isFalse();

        form.hours(DayOfWeek.WEDNESDAY).set("");
        form.hours(DayOfWeek.THURSDAY).set("08:30-12:00 12:00-15:00");
        form.hours(DayOfWeek.FRIDAY).set("08:30-12:30");
        assertThat(form.valid()).isTrue();
        WorkingHours read = form.value();
        assertThat(read.on(DayOfWeek.MONDAY)).containsExactly(TimeRange.of("09:00", "13:00"),
                TimeRange.of("14:00", "17:30"));
        assertThat(read.on(DayOfWeek.WEDNESDAY)).isEmpty();
        assertThat(read.on(DayOfWeek.THURSDAY)).hasSize(2);
    }

    @Test
    void slotLengthsAreMinutesTheModelAllows() {
        SlotLengthsForm form = new SlotLengthsForm(messages);
        form.load(AgendaCalendar.ofPerson(java.util.UUID.randomUUID(), "mrossi", "Maria Rossi"));
        assertThat(form.minutes(AppointmentKind.CASE_MANAGER_TALK).get()).isEqualTo("30");
        form.minutes(AppointmentKind.CASE_MANAGER_TALK).set("3");
        form.minutes(AppointmentKind.WORKSHOP).set("due ore");
        assertThat(form.error(AppointmentKind.CASE_MANAGER_TALK).get()).isEqualTo("Da 5 a 480 minuti");
        assertThat(form.error(AppointmentKind.WORKSHOP).get()).isEqualTo("«due ore» non è un numero di minuti");
        assertThat(form.valid()).isFalse();
        form.minutes(AppointmentKind.CASE_MANAGER_TALK).set("45");
        form.minutes(AppointmentKind.WORKSHOP).set("");
        assertThat(form.valid()).isTrue();
        assertThat(form.value()).containsEntry(AppointmentKind.CASE_MANAGER_TALK, Duration.ofMinutes(45))
                .doesNotContainKey(AppointmentKind.WORKSHOP);
    }

    @Test
    void anAbsenceIsAWholeDayOrAStretchAndNeverOneAlreadyOver() {
        AbsencesForm form = new AbsencesForm(messages, () -> NOW);
        form.load(List.of());
        form.fromProperty().set("23/11/2026");
        assertThat(form.add()).isFalse();
        assertThat(form.toErrorProperty().get()).startsWith("Questa assenza è già finita");

        form.fromProperty().set("30/11/2026 14:00");
        form.toProperty().set("30/11/2026 09:00");
        assertThat(form.add()).isFalse();
        assertThat(form.toErrorProperty().get()).isEqualTo("La fine deve venire dopo l'inizio");

        form.toProperty().set("domani");
        assertThat(form.add()).isFalse();
        assertThat(form.toErrorProperty().get()).isEqualTo("«domani» non è una data: gg/mm/aaaa o gg/mm/aaaa hh:mm");
        assertThat(form.fromErrorProperty().get()).isEmpty();

        form.toProperty().set("");
        form.fromProperty().set("30/11/2026");
        form.reasonProperty().set("Formazione");
        assertThat(form.add()).isTrue();
        // Underway (since yesterday, until tomorrow) is recorded: it still stops bookings.
        form.fromProperty().set("23/11/2026");
        form.toProperty().set("25/11/2026");
        assertThat(form.add()).isTrue();
        assertThat(form.value()).extracting(a -> a.from().toString() + ".." + a.to() + " " + a.reason())
                .containsExactly("2026-11-30T00:00..2026-12-01T00:00 Formazione", "2026-11-23T00:00..2026-11-26T00:00 ");
        assertThat(form.fromProperty().get()).as("cleared for the next one").isEmpty();
    }

    @Test
    void aWorkshopNeedsARoomAndSeatsAPersonHasNeither() {
        WorkshopForm form = new WorkshopForm(messages);
        form.load(null);
        assertThat(form.shownProperty().get()).isFalse();
        assertThat(form.valid()).isTrue();
        assertThat(form.value()).isNull();

        form.load(new Workshop("Aula 2", 12));
        assertThat(form.shownProperty().get()).isTrue();
        form.roomProperty().set(" ");
        form.seatsProperty().set("0");
        assertThat(form.roomErrorProperty().get()).isEqualTo("Un laboratorio ha bisogno di un'aula");
        assertThat(form.seatsErrorProperty().get()).isEqualTo("Da 1 a 500 posti");
        form.roomProperty().set("Aula 3");
        form.seatsProperty().set("8");
        assertThat(form.valid()).isTrue();
        assertThat(form.value()).isEqualTo(new Workshop("Aula 3", 8));
    }

    @Test
    void theBookingRuleReadsBackAsTheModelsRule() {
        RuleForm form = new RuleForm(messages);
        form.load(BookingRule.SHIPPED);
        assertThat(form.afternoonFromProperty().get()).isEqualTo("13:00");
        assertThat(form.valid()).isTrue();
        assertThat(form.value()).isEqualTo(BookingRule.SHIPPED);

        form.afternoonFromProperty().set("mezzogiorno");
        form.horizonProperty().set("0");
        form.noticeProperty().set("-5");
        assertThat(form.valid()).isFalse();
        assertThat(form.afternoonErrorProperty().get()).isEqualTo("«mezzogiorno» non è un'ora (es. 13:00)");
        assertThat(form.horizonErrorProperty().get()).isEqualTo("Da 1 a 366 giorni");
        assertThat(form.noticeErrorProperty().get()).isEqualTo("Da 0 a 1440 minuti");

        form.afternoonFromProperty().set("12.30");
        form.horizonProperty().set("14");
        form.noticeProperty().set("0");
        form.withCaseManagerProperty().set(false);
        assertThat(form.valid()).isTrue();
        assertThat(form.value()).isEqualTo(new BookingRule(false, LocalTime.of(12, 30), Duration.ZERO, 14, true));
    }

    @Test
    void theWordsAreEnglishOnAnEnglishDesk() {
        messages.localeProperty().set(Locale.ENGLISH);
        HoursForm form = new HoursForm(messages);
        form.hours(DayOfWeek.MONDAY).set("12:00-09:00");
        assertThat(form.error(DayOfWeek.MONDAY).get()).isEqualTo("12:00-09:00: it ends before it starts");
    }
}

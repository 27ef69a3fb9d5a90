package org.sportello.model.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SlotGeneratorTest {
    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final UUID ID = new UUID(7, 1);

    static AgendaCalendar rossi() {
        return AgendaCalendar.ofPerson(ID, "rossi", "Maria Rossi");
    }

    static List<LocalTime> starts(List<Slot> slots) {
        return slots.stream().map(s -> s.start().toLocalTime()).toList();
    }

    @Test
    void aMorningIsCutIntoSlotsAndTheLunchBreakIsNeverBooked() {
        // Tuesday 2026-11-24: 08:30-12:30 and 14:30-17:00, 45-minute orientation interviews.
        List<Slot> slots = SlotGenerator.slots(rossi(), AppointmentKind.ORIENTATION_INTERVIEW,
                LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 24), ROME);

        assertThat(starts(slots)).containsExactly(LocalTime.of(8, 30), LocalTime.of(9, 15), LocalTime.of(10, 0),
                LocalTime.of(10, 45), LocalTime.of(11, 30), LocalTime.of(14, 30), LocalTime.of(15, 15),
                LocalTime.of(16, 0));
        // 12:15-13:00 and 16:45-17:30 would run into the break and past closing: not offered.
        assertThat(slots).allSatisfy(s -> assertThat(s.end().toLocalTime()).isBeforeOrEqualTo(
                s.start().toLocalTime().isBefore(LocalTime.NOON) ? LocalTime.of(12, 30) : LocalTime.of(17, 0)));
    }

    @Test
    void aDayWithoutHoursHasNoSlots() {
        assertThat(SlotGenerator.slots(rossi(), AppointmentKind.CASE_MANAGER_TALK, LocalDate.of(2026, 11, 28),
                LocalDate.of(2026, 11, 29), ROME)).isEmpty();
    }

    @Test
    void anAbsenceTakesOutEverySlotItTouches() {
        AgendaCalendar away = rossi().withAbsences(List.of(
                new Absence(LocalDateTime.of(2026, 11, 24, 9, 45), LocalDateTime.of(2026, 11, 24, 10, 15), "medico"),
                Absence.days(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 26), "ferie")));

        List<Slot> tuesday = SlotGenerator.slots(away, AppointmentKind.CASE_MANAGER_TALK,
                LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 24), ROME);
        List<Slot> thursday = SlotGenerator.slots(away, AppointmentKind.CASE_MANAGER_TALK,
                LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 26), ROME);

        assertThat(starts(tuesday)).doesNotContain(LocalTime.of(9, 30), LocalTime.of(10, 0))
                .contains(LocalTime.of(9, 0), LocalTime.of(10, 30));
        assertThat(thursday).isEmpty();
    }

    @Test
    void aSearchRunsOverMonthAndYearEnds() {
        List<Slot> slots = SlotGenerator.slots(rossi(), AppointmentKind.SPECIALIST_SERVICE,
                LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 5), ROME);

        // Thursday 31 December (morning and afternoon), Friday 1 January (a working day for the calendar: the
        // office's holidays are absences), Monday 4 and Tuesday 5 January.
        assertThat(slots.stream().map(s -> s.start().toLocalDate()).distinct()).containsExactly(
                LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 1, 5));
        assertThat(slots).isSortedAccordingTo(java.util.Comparator.comparing(Slot::startsAt));
    }

    @Test
    void onTheSpringChangeDayTheSkippedHourHasNoSlotAndTheOthersNameTheRightInstant() {
        AgendaCalendar night = nightShift();
        LocalDate change = LocalDate.of(2026, 3, 29); // Sunday: 02:00 becomes 03:00 in Rome

        List<Slot> slots = SlotGenerator.slots(night, AppointmentKind.CASE_MANAGER_TALK, change, change, ROME);

        assertThat(starts(slots)).containsExactly(LocalTime.of(1, 0), LocalTime.of(3, 0), LocalTime.of(3, 30));
        assertThat(slots.getFirst().startsAt()).isEqualTo(Instant.parse("2026-03-29T00:00:00Z"));
        assertThat(slots.get(1).startsAt()).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(slots).allSatisfy(s ->
                assertThat(Duration.between(s.startsAt(), s.endsAt())).isEqualTo(Duration.ofMinutes(30)));
    }

    @Test
    void onTheAutumnChangeDayTheHourLivedTwiceHasNoSlot() {
        LocalDate change = LocalDate.of(2026, 10, 25); // Sunday: 03:00 goes back to 02:00 in Rome

        List<Slot> slots = SlotGenerator.slots(nightShift(), AppointmentKind.CASE_MANAGER_TALK, change, change, ROME);

        assertThat(starts(slots)).containsExactly(LocalTime.of(1, 0), LocalTime.of(3, 0), LocalTime.of(3, 30));
        assertThat(slots.get(1).startsAt()).isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
    }

    @Test
    void theMondayAfterAChangeKeepsItsWallClockHours() {
        List<Slot> before = SlotGenerator.slots(rossi(), AppointmentKind.CASE_MANAGER_TALK,
                LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 27), ROME);
        List<Slot> after = SlotGenerator.slots(rossi(), AppointmentKind.CASE_MANAGER_TALK,
                LocalDate.of(2026, 3, 30), LocalDate.of(2026, 3, 30), ROME);

        assertThat(before.getFirst().startsAt()).isEqualTo(Instant.parse("2026-03-27T07:30:00Z"));
        assertThat(after.getFirst().startsAt()).isEqualTo(Instant.parse("2026-03-30T06:30:00Z"));
        assertThat(starts(after)).isEqualTo(starts(before));
    }

    @Test
    void aPersonsSlotIsTakenByAnyOverlappingAppointmentAWorkshopsByItsSeats() {
        LocalDate day = LocalDate.of(2026, 11, 24);
        Instant nine = day.atTime(9, 0).atZone(ROME).toInstant();
        // A 45-minute interview at 9:00 takes the 9:00 and 9:30 talk slots.
        List<Slot> free = SlotGenerator.free(rossi(), AppointmentKind.CASE_MANAGER_TALK, day, day, ROME,
                List.of(new Held(nine, nine.plus(Duration.ofMinutes(45)))));
        assertThat(starts(free)).doesNotContain(LocalTime.of(9, 0), LocalTime.of(9, 30)).contains(LocalTime.of(10, 0));

        AgendaCalendar cv = new AgendaCalendar(new UUID(7, 2), "LAB-CV", "Laboratorio CV",
                WorkingHours.parse("TUE 09:00-11:00"), Map.of(), List.of(), new Workshop("Aula 2", 2), 1);
        Held one = new Held(nine, nine.plus(Duration.ofHours(2)));
        assertThat(SlotGenerator.free(cv, AppointmentKind.WORKSHOP, day, day, ROME, List.of(one)))
                .singleElement().extracting(Slot::seatsLeft).isEqualTo(1);
        assertThat(SlotGenerator.free(cv, AppointmentKind.WORKSHOP, day, day, ROME, List.of(one, one))).isEmpty();
    }

    @Test
    void workingHoursReadBackWhatTheyWrite() {
        WorkingHours hours = WorkingHours.parse("MON 08:30-12:30; tue 08:30-12:30 14:30-17:00");
        assertThat(hours.on(DayOfWeek.TUESDAY)).hasSize(2);
        assertThat(WorkingHours.parse(hours.format())).isEqualTo(hours);
        assertThat(WorkingHours.parse(WorkingHours.officeDefault().format())).isEqualTo(WorkingHours.officeDefault());
    }

    static AgendaCalendar nightShift() {
        return rossi().withHours(WorkingHours.parse("SUN 01:00-04:00"));
    }
}

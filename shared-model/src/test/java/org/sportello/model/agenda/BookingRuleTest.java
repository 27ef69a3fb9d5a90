package org.sportello.model.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookingRuleTest {
    static final ZoneId ROME = SlotGeneratorTest.ROME;
    static final AgendaCalendar ROSSI = SlotGeneratorTest.rossi();

    static BookingRule.Proposal propose(BookingRule rule, AgendaCalendar calendar, LocalDateTime now, List<Held> held) {
        ZonedDateTime at = now.atZone(ROME);
        List<Slot> free = SlotGenerator.free(calendar, AppointmentKind.CASE_MANAGER_TALK, now.toLocalDate(),
                now.toLocalDate().plusDays(rule.horizonDays()), ROME, held);
        return rule.propose(free, at, 3);
    }

    /** Every talk slot of {@code day}'s morning held. */
    static List<Held> fullMorning(LocalDate day) {
        List<Held> held = new ArrayList<>();
        for (Slot s : SlotGenerator.slots(ROSSI, AppointmentKind.CASE_MANAGER_TALK, day, day, ROME)) {
            if (s.start().toLocalTime().isBefore(LocalTime.NOON.plusHours(1))) {
                held.add(new Held(s.startsAt(), s.endsAt()));
            }
        }
        return held;
    }

    @Test
    void inTheMorningTheSameMorningComesFirstAfterTheNotice() {
        var p = propose(BookingRule.SHIPPED, ROSSI, LocalDateTime.of(2026, 11, 23, 9, 55), List.of());

        assertThat(p.step()).isEqualTo(BookingRule.Step.SAME_MORNING);
        // 10:00 is five minutes away, less than the ten minutes' notice.
        assertThat(p.slots()).extracting(Slot::start).containsExactly(LocalDateTime.of(2026, 11, 23, 10, 30),
                LocalDateTime.of(2026, 11, 23, 11, 0), LocalDateTime.of(2026, 11, 23, 11, 30));
    }

    @Test
    void aFullMorningGivesAFollowingAfternoon() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        var p = propose(BookingRule.SHIPPED, ROSSI, monday.atTime(9, 0), fullMorning(monday));

        assertThat(p.step()).isEqualTo(BookingRule.Step.FOLLOWING_AFTERNOON);
        assertThat(p.slots().getFirst().start()).isEqualTo(LocalDateTime.of(2026, 11, 24, 14, 30));
    }

    @Test
    void anAfternoonVisitIsBookedOnAFollowingAfternoonNotTheSameOne() {
        var p = propose(BookingRule.SHIPPED, ROSSI, LocalDateTime.of(2026, 11, 24, 14, 0), List.of());

        assertThat(p.step()).isEqualTo(BookingRule.Step.FOLLOWING_AFTERNOON);
        assertThat(p.slots().getFirst().start()).isEqualTo(LocalDateTime.of(2026, 11, 26, 14, 30));
    }

    @Test
    void aFollowingAfternoonMayBeInTheNextMonthAndSkipsAbsences() {
        // Thursday 30 April 2026, morning full; Friday and Monday have no afternoon; Tuesday 5 May is leave.
        LocalDate thursday = LocalDate.of(2026, 4, 30);
        AgendaCalendar away = ROSSI.withAbsences(List.of(Absence.days(LocalDate.of(2026, 5, 5),
                LocalDate.of(2026, 5, 5), "ferie")));
        List<Held> held = fullMorning(thursday);
        // ...and its own afternoon is not "following".
        var p = propose(BookingRule.SHIPPED, away, thursday.atTime(11, 0), held);

        assertThat(p.step()).isEqualTo(BookingRule.Step.FOLLOWING_AFTERNOON);
        assertThat(p.slots().getFirst().start()).isEqualTo(LocalDateTime.of(2026, 5, 7, 14, 30));
    }

    @Test
    void withoutAnyAfternoonTheFirstFreeSlotOrNothingAsTheOfficeChose() {
        AgendaCalendar mornings = ROSSI.withHours(WorkingHours.parse("MON 08:30-12:30; WED 08:30-12:30"));
        LocalDateTime mondayAfternoon = LocalDateTime.of(2026, 11, 23, 15, 0);

        var shipped = propose(BookingRule.SHIPPED, mornings, mondayAfternoon, List.of());
        var strict = propose(new BookingRule(true, LocalTime.of(13, 0), java.time.Duration.ZERO, 30, false),
                mornings, mondayAfternoon, List.of());

        assertThat(shipped.step()).isEqualTo(BookingRule.Step.FIRST_FREE);
        assertThat(shipped.slots().getFirst().start()).isEqualTo(LocalDateTime.of(2026, 11, 25, 8, 30));
        assertThat(strict.step()).isEqualTo(BookingRule.Step.NONE);
        assertThat(strict.isEmpty()).isTrue();
    }

    @Test
    void theHorizonBoundsTheSearch() {
        var rule = new BookingRule(true, LocalTime.of(13, 0), java.time.Duration.ZERO, 1, true);
        // Friday afternoon: tomorrow and the day after have no hours, and the horizon is one day.
        var p = propose(rule, ROSSI, LocalDateTime.of(2026, 11, 27, 15, 0), List.of());
        assertThat(p.step()).isEqualTo(BookingRule.Step.NONE);
    }
}

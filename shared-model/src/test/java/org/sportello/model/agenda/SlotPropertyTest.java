package org.sportello.model.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Slots and proposals on random calendars, days (daylight-saving change days included) and bookings. */
class SlotPropertyTest {
    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Provide
    Arbitrary<WorkingHours> hours() {
        // Per weekday, up to three ranges cut from a day in quarter hours, never overlapping.
        Arbitrary<List<TimeRange>> day = Arbitraries.integers().between(0, 95).list().ofMaxSize(6).map(cuts -> {
            List<Integer> sorted = cuts.stream().distinct().sorted().toList();
            List<TimeRange> ranges = new ArrayList<>();
            for (int i = 0; i + 1 < sorted.size(); i += 2) {
                ranges.add(new TimeRange(LocalTime.MIN.plusMinutes(15L * sorted.get(i)),
                        LocalTime.MIN.plusMinutes(15L * sorted.get(i + 1))));
            }
            return ranges;
        });
        return day.list().ofSize(7).map(days -> {
            Map<DayOfWeek, List<TimeRange>> m = new EnumMap<>(DayOfWeek.class);
            for (int i = 0; i < 7; i++) {
                m.put(DayOfWeek.of(i + 1), days.get(i));
            }
            return new WorkingHours(m);
        });
    }

    @Provide
    Arbitrary<LocalDate> days() {
        // Around the change days of 2026 and 2027 as well as anywhere in the year.
        Arbitrary<LocalDate> anywhere = Arbitraries.integers().between(0, 730).map(n -> LocalDate.of(2026, 1, 1).plusDays(n));
        Arbitrary<LocalDate> changes = Arbitraries.of(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 10, 24),
                LocalDate.of(2027, 3, 27), LocalDate.of(2027, 10, 30));
        return Arbitraries.oneOf(anywhere, changes);
    }

    @Provide
    Arbitrary<List<Absence>> absences() {
        return Combinators.combine(Arbitraries.integers().between(0, 4 * 24 * 4), Arbitraries.integers().between(1, 40))
                .as((start, quarters) -> {
                    var from = LocalDate.of(2026, 3, 27).atStartOfDay().plusMinutes(15L * start);
                    return new Absence(from, from.plusMinutes(15L * quarters), "");
                }).list().ofMaxSize(3);
    }

    static AgendaCalendar calendar(WorkingHours hours, int lengthQuarters, List<Absence> absences) {
        return new AgendaCalendar(new UUID(1, 1), "x", "X", hours,
                Map.of(AppointmentKind.CASE_MANAGER_TALK, Duration.ofMinutes(15L * lengthQuarters)), absences, null, 1);
    }

    @Property(tries = 300)
    void slotsLieInsideWorkingHoursOutsideAbsencesInOrderAndLastTheirLength(
            @ForAll("hours") WorkingHours hours, @ForAll @IntRange(min = 1, max = 8) int quarters,
            @ForAll("days") LocalDate first, @ForAll @IntRange(min = 0, max = 6) int span,
            @ForAll("absences") List<Absence> absences) {
        AgendaCalendar calendar = calendar(hours, quarters, absences);
        Duration length = Duration.ofMinutes(15L * quarters);

        List<Slot> slots = SlotGenerator.slots(calendar, AppointmentKind.CASE_MANAGER_TALK, first, first.plusDays(span),
                ROME);

        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            assertThat(s.end()).isEqualTo(s.start().plus(length));
            assertThat(Duration.between(s.startsAt(), s.endsAt())).isEqualTo(length);
            assertThat(s.startsAt()).isEqualTo(s.start().atZone(ROME).toInstant());
            assertThat(hours.on(s.start().getDayOfWeek())).anySatisfy(r -> {
                assertThat(s.start().toLocalTime()).isAfterOrEqualTo(r.from());
                assertThat(s.end().toLocalDate()).isEqualTo(s.start().toLocalDate());
                assertThat(s.end().toLocalTime()).isBeforeOrEqualTo(r.to());
            });
            assertThat(calendar.absences()).noneSatisfy(a ->
                    assertThat(a.overlaps(s.start(), s.end())).isTrue());
            if (i > 0) {
                assertThat(slots.get(i - 1).endsAt()).isBeforeOrEqualTo(s.startsAt());
            }
        }
    }

    @Property(tries = 300)
    void aFreePersonSlotOverlapsNoHeldAppointmentAndEveryProposalIsFreeAndAfterTheNotice(
            @ForAll("hours") WorkingHours hours, @ForAll @IntRange(min = 1, max = 4) int quarters,
            @ForAll("days") LocalDate day, @ForAll @IntRange(min = 0, max = 95) int nowQuarter,
            @ForAll List<@IntRange(min = 0, max = 7 * 96) Integer> heldQuarters) {
        AgendaCalendar calendar = calendar(hours, quarters, List.of());
        Instant midnight = day.atStartOfDay(ROME).toInstant();
        List<Held> held = heldQuarters.stream().limit(30).map(q -> {
            Instant from = midnight.plus(Duration.ofMinutes(15L * q));
            return new Held(from, from.plus(Duration.ofMinutes(30)));
        }).toList();
        ZonedDateTime now = day.atStartOfDay(ROME).plusMinutes(15L * nowQuarter);
        BookingRule rule = BookingRule.SHIPPED;

        List<Slot> free = SlotGenerator.free(calendar, AppointmentKind.CASE_MANAGER_TALK, day,
                day.plusDays(rule.horizonDays()), ROME, held);
        BookingRule.Proposal proposal = rule.propose(free, now, 5);

        assertThat(free).allSatisfy(s -> assertThat(held).noneSatisfy(h ->
                assertThat(s.overlaps(h.startsAt(), h.endsAt())).isTrue()));
        assertThat(free).isSubsetOf(SlotGenerator.slots(calendar, AppointmentKind.CASE_MANAGER_TALK, day,
                day.plusDays(rule.horizonDays()), ROME));
        assertThat(proposal.slots()).isSubsetOf(free).hasSizeLessThanOrEqualTo(5);
        assertThat(proposal.slots()).allSatisfy(s ->
                assertThat(s.startsAt()).isAfterOrEqualTo(now.toInstant().plus(rule.minimumNotice())));
        assertThat(proposal.isEmpty()).isEqualTo(proposal.step() == BookingRule.Step.NONE);
        if (proposal.step() == BookingRule.Step.SAME_MORNING) {
            assertThat(proposal.slots()).allSatisfy(s -> assertThat(s.start().toLocalDate()).isEqualTo(day));
        }
        if (proposal.step() == BookingRule.Step.FOLLOWING_AFTERNOON) {
            assertThat(proposal.slots()).allSatisfy(s -> {
                assertThat(s.start().toLocalDate()).isAfter(day);
                assertThat(s.start().toLocalTime()).isAfterOrEqualTo(rule.afternoonFrom());
            });
        }
        // With a free slot in reach, the shipped rule always proposes something.
        boolean anyInReach = free.stream().anyMatch(s -> !s.startsAt().isBefore(now.toInstant().plus(rule.minimumNotice())));
        assertThat(proposal.isEmpty()).isEqualTo(!anyInReach);
    }
}

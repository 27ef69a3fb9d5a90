package org.sportello.model.agenda;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Which free slots the desk proposes first. The shipped default is seed 000's: with the citizen's own case
 * manager, the same morning if a slot is free, else a following afternoon; an office may change every part.
 *
 * @param withCaseManager   book with the citizen's case manager unless the operator names someone else
 * @param afternoonFrom     where the morning ends and the afternoon begins
 * @param minimumNotice     the least time between now and a slot proposed today (the citizen must get there)
 * @param horizonDays       how many days ahead the rule looks
 * @param firstFreeOtherwise when neither the same morning nor a following afternoon has a slot, propose the first
 *                          free one within the horizon instead of nothing
 */
public record BookingRule(boolean withCaseManager, LocalTime afternoonFrom, Duration minimumNotice, int horizonDays,
                          boolean firstFreeOtherwise) {
    public static final BookingRule SHIPPED = new BookingRule(true, LocalTime.of(13, 0), Duration.ofMinutes(10), 30,
            true);

    public BookingRule {
        Objects.requireNonNull(afternoonFrom, "afternoonFrom");
        Objects.requireNonNull(minimumNotice, "minimumNotice");
        if (minimumNotice.isNegative() || minimumNotice.toHours() > 24) {
            throw new IllegalArgumentException("minimum notice must be 0 to 24 hours");
        }
        if (horizonDays < 1 || horizonDays > SlotGenerator.MAX_DAYS) {
            throw new IllegalArgumentException("the horizon is 1 to " + SlotGenerator.MAX_DAYS + " days");
        }
    }

    /** Which part of the rule gave a proposal. */
    public enum Step {
        SAME_MORNING,
        FOLLOWING_AFTERNOON,
        FIRST_FREE,
        NONE
    }

    /** The slots proposed, earliest first, and the step of the rule that found them. */
    public record Proposal(Step step, List<Slot> slots) {
        public Proposal {
            slots = List.copyOf(slots);
        }

        public boolean isEmpty() {
            return slots.isEmpty();
        }
    }

    /**
     * Up to {@code count} proposals among {@code free} (the calendar's free slots from today to the horizon, in
     * time order), at {@code now} in the office's zone.
     */
    public Proposal propose(List<Slot> free, ZonedDateTime now, int count) {
        var earliest = now.toInstant().plus(minimumNotice);
        var today = now.toLocalDate();
        var last = today.plusDays(horizonDays);
        List<Slot> open = free.stream()
                .filter(s -> !s.startsAt().isBefore(earliest) && !s.start().toLocalDate().isAfter(last))
                .toList();
        if (now.toLocalTime().isBefore(afternoonFrom)) {
            List<Slot> morning = open.stream()
                    .filter(s -> s.start().toLocalDate().equals(today) && s.start().toLocalTime().isBefore(afternoonFrom))
                    .limit(count).toList();
            if (!morning.isEmpty()) {
                return new Proposal(Step.SAME_MORNING, morning);
            }
        }
        List<Slot> afternoons = open.stream()
                .filter(s -> s.start().toLocalDate().isAfter(today) && !s.start().toLocalTime().isBefore(afternoonFrom))
                .limit(count).toList();
        if (!afternoons.isEmpty()) {
            return new Proposal(Step.FOLLOWING_AFTERNOON, afternoons);
        }
        if (firstFreeOtherwise && !open.isEmpty()) {
            return new Proposal(Step.FIRST_FREE, open.stream().limit(count).toList());
        }
        return new Proposal(Step.NONE, List.of());
    }
}

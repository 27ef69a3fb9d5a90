package org.sportello.model.agenda;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The slots a calendar offers for one kind of appointment: each working range of each day cut from its start
 * into slots of the kind's length (a last piece too short for one is not offered, so no slot runs into the
 * lunch break or past closing), minus the absences.
 *
 * <p>Slots are wall-clock times in the office's zone. On a daylight-saving change day, a slot whose start or end
 * does not name exactly one instant (the hour skipped in spring, the hour lived twice in autumn), or that straddles
 * the change (so it would last an hour more or less than its length), is not offered: a letter must never name a
 * time that is ambiguous or does not exist.
 */
public final class SlotGenerator {
    /** The longest stretch one search covers: a year of days. */
    public static final int MAX_DAYS = 366;

    private SlotGenerator() {
    }

    /** Every slot from {@code first} to {@code last} included, in time order, each with all its seats. */
    public static List<Slot> slots(AgendaCalendar calendar, AppointmentKind kind, LocalDate first, LocalDate last,
                                   ZoneId zone) {
        if (last.isBefore(first)) {
            return List.of();
        }
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            throw new IllegalArgumentException("a slot search covers at most " + MAX_DAYS + " days");
        }
        Duration length = calendar.lengthOf(kind);
        List<Slot> out = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (TimeRange range : calendar.hours().on(day.getDayOfWeek())) {
                LocalDateTime rangeEnd = day.atTime(range.to());
                for (LocalDateTime start = day.atTime(range.from());
                     !start.plus(length).isAfter(rangeEnd) && start.toLocalDate().equals(day);
                     start = start.plus(length)) {
                    LocalDateTime end = start.plus(length);
                    ZoneOffset startOffset = single(start, zone);
                    ZoneOffset endOffset = single(end, zone);
                    if (startOffset == null || endOffset == null || !startOffset.equals(endOffset)
                            || absent(calendar, start, end)) {
                        continue;
                    }
                    out.add(new Slot(calendar.id(), kind, start, end, start.toInstant(startOffset),
                            end.toInstant(endOffset), calendar.seats()));
                }
            }
        }
        return out;
    }

    /**
     * The slots still free: for a person, those no held appointment overlaps; for a workshop, those with a seat
     * left (each held appointment overlapping a slot takes one of its seats).
     */
    public static List<Slot> free(AgendaCalendar calendar, AppointmentKind kind, LocalDate first, LocalDate last,
                                  ZoneId zone, List<Held> held) {
        List<Slot> out = new ArrayList<>();
        for (Slot s : slots(calendar, kind, first, last, zone)) {
            long taken = held.stream().filter(h -> s.overlaps(h.startsAt(), h.endsAt())).count();
            int left = (int) Math.max(0, s.seatsLeft() - taken);
            if (left > 0) {
                out.add(s.withSeatsLeft(left));
            }
        }
        return out;
    }

    /** The one offset a wall-clock time has in {@code zone}, or null in a gap or an overlap. */
    private static ZoneOffset single(LocalDateTime t, ZoneId zone) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(t);
        return offsets.size() == 1 ? offsets.getFirst() : null;
    }

    private static boolean absent(AgendaCalendar calendar, LocalDateTime start, LocalDateTime end) {
        return calendar.absences().stream().anyMatch(a -> a.overlaps(start, end));
    }
}

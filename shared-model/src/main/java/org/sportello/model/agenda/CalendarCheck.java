package org.sportello.model.agenda;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a calendar edit would break (ADR 38): the appointments still to come that the edited calendar no longer
 * holds, and absences added after they ended. Pure rules; the office refuses a save that meets either.
 */
public final class CalendarCheck {
    private CalendarCheck() {
    }

    /**
     * The appointments among {@code booked} that hold a place, have not ended at {@code now}, and would fall outside
     * {@code edited}: not inside one of the day's working ranges, touching an absence, or beyond a workshop's seats
     * (the latest booked lose their seat first). Earliest first.
     */
    public static List<Appointment> stranded(AgendaCalendar edited, List<Appointment> booked, ZoneId zone,
                                             Instant now) {
        List<Appointment> out = new ArrayList<>();
        Map<Instant, List<Appointment>> bySession = new LinkedHashMap<>();
        booked.stream()
                .filter(a -> a.status().holdsPlace() && a.endsAt().isAfter(now))
                .sorted(Comparator.comparing(Appointment::startsAt).thenComparing(Appointment::bookedAt,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(a -> {
                    if (fits(edited, a, zone)) {
                        bySession.computeIfAbsent(a.startsAt(), t -> new ArrayList<>()).add(a);
                    } else {
                        out.add(a);
                    }
                });
        bySession.values().forEach(session -> {
            if (session.size() > edited.seats()) {
                out.addAll(session.subList(edited.seats(), session.size()));
            }
        });
        out.sort(Comparator.comparing(Appointment::startsAt));
        return List.copyOf(out);
    }

    /** Whether the appointment lies within one working range of its day and touches no absence. */
    static boolean fits(AgendaCalendar k, Appointment a, ZoneId zone) {
        LocalDateTime start = LocalDateTime.ofInstant(a.startsAt(), zone);
        LocalDateTime end = LocalDateTime.ofInstant(a.endsAt(), zone);
        if (!start.toLocalDate().equals(end.toLocalDate())) {
            return false;
        }
        boolean inHours = k.hours().on(start.getDayOfWeek()).stream().anyMatch(r ->
                !start.toLocalTime().isBefore(r.from()) && !end.toLocalTime().isAfter(r.to()));
        return inHours && k.absences().stream().noneMatch(ab -> ab.overlaps(start, end));
    }

    /**
     * The absences of {@code edited} that {@code stored} did not have and that ended by {@code now} (local time of
     * the office): an absence is recorded to keep slots from being offered, and one already over protects nothing.
     * Absences already stored stay, past or not: they are the calendar's history.
     */
    public static List<Absence> pastAbsencesAdded(AgendaCalendar stored, AgendaCalendar edited, LocalDateTime now) {
        List<Absence> before = stored == null ? List.of() : stored.absences();
        return edited.absences().stream().filter(a -> !before.contains(a) && !a.to().isAfter(now)).toList();
    }
}

package org.sportello.model.agenda;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The hours a calendar takes appointments, by weekday. A day may have several ranges (a morning and an
 * afternoon, with the lunch break between them); ranges of one day never overlap.
 */
public record WorkingHours(Map<DayOfWeek, List<TimeRange>> days) {

    public WorkingHours {
        EnumMap<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, ranges) -> {
            List<TimeRange> sorted = ranges.stream().sorted(Comparator.comparing(TimeRange::from)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                    throw new IllegalArgumentException("working hours overlap on " + day + ": " + sorted.get(i - 1)
                            + " and " + sorted.get(i));
                }
            }
            if (!sorted.isEmpty()) {
                copy.put(day, sorted);
            }
        });
        days = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The shipped default of a case manager: mornings Monday to Friday 08:30-12:30, afternoons on Tuesday and
     * Thursday 14:30-17:00 (the usual opening of an Italian employment centre).
     */
    public static WorkingHours officeDefault() {
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        TimeRange morning = TimeRange.of("08:30", "12:30");
        TimeRange afternoon = TimeRange.of("14:30", "17:00");
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)) {
            days.put(d, List.of(morning));
        }
        for (DayOfWeek d : List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)) {
            days.put(d, List.of(morning, afternoon));
        }
        return new WorkingHours(days);
    }

    public List<TimeRange> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    /** Parses {@code MON 08:30-12:30 14:30-17:00; TUE ...}, the form the command line and the set-up file use. */
    public static WorkingHours parse(String text) {
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        for (String part : text.split(";")) {
            String[] words = part.strip().split("\\s+");
            if (words.length == 0 || words[0].isEmpty()) {
                continue;
            }
            DayOfWeek day = dayOf(words[0]);
            List<TimeRange> ranges = new ArrayList<>();
            for (int i = 1; i < words.length; i++) {
                String[] ends = words[i].split("-");
                if (ends.length != 2) {
                    throw new IllegalArgumentException("not a time range: " + words[i]);
                }
                ranges.add(new TimeRange(LocalTime.parse(ends[0]), LocalTime.parse(ends[1])));
            }
            days.put(day, ranges);
        }
        return new WorkingHours(days);
    }

    /** The form {@link #parse} reads. */
    public String format() {
        StringBuilder out = new StringBuilder();
        days.forEach((day, ranges) -> {
            if (!out.isEmpty()) {
                out.append("; ");
            }
            out.append(day.name(), 0, 3);
            ranges.forEach(r -> out.append(' ').append(r));
        });
        return out.toString();
    }

    private static DayOfWeek dayOf(String word) {
        String w = word.toUpperCase(java.util.Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(w) && w.length() >= 3) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a weekday: " + word);
    }
}

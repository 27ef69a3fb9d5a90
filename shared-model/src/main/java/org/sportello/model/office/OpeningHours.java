package org.sportello.model.office;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Weekly opening intervals of a service. An empty list means always open. */
public record OpeningHours(List<Interval> intervals) implements Serializable {

    public record Interval(DayOfWeek day, LocalTime opens, LocalTime closes) implements Serializable {
        public Interval {
            if (!closes.isAfter(opens)) {
                throw new IllegalArgumentException("closing time must follow opening time: " + opens + "-" + closes);
            }
        }

        boolean contains(LocalDateTime t) {
            LocalTime time = t.toLocalTime();
            return t.getDayOfWeek() == day && !time.isBefore(opens) && time.isBefore(closes);
        }
    }

    public static final OpeningHours ALWAYS = new OpeningHours(List.of());

    public OpeningHours {
        intervals = intervals.stream()
                .sorted(Comparator.comparing(Interval::day).thenComparing(Interval::opens))
                .toList();
    }

    public boolean isOpenAt(LocalDateTime localTime) {
        return intervals.isEmpty() || intervals.stream().anyMatch(i -> i.contains(localTime));
    }

    /** The next opening at or after the given time, within a week. */
    public Optional<LocalDateTime> nextOpening(LocalDateTime from) {
        if (intervals.isEmpty()) {
            return Optional.of(from);
        }
        for (int d = 0; d <= 7; d++) {
            LocalDateTime day = from.toLocalDate().plusDays(d).atStartOfDay();
            for (Interval i : intervals) {
                if (i.day() == day.getDayOfWeek()) {
                    LocalDateTime opening = day.with(i.opens());
                    if (!opening.isBefore(from)) {
                        return Optional.of(opening);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Short text such as "lun–ven 08:30–12:30; mar, gio 14:30–16:30". */
    public String describe(Locale locale) {
        if (intervals.isEmpty()) {
            return "24/7";
        }
        // Group days that share the same time span, keep the weekly order.
        var spans = new java.util.LinkedHashMap<String, List<DayOfWeek>>();
        for (Interval i : intervals) {
            spans.computeIfAbsent(i.opens() + "–" + i.closes(), k -> new ArrayList<>()).add(i.day());
        }
        return spans.entrySet().stream()
                .map(e -> days(e.getValue(), locale) + " " + e.getKey())
                .collect(Collectors.joining("; "));
    }

    private static String days(List<DayOfWeek> days, Locale locale) {
        List<DayOfWeek> sorted = days.stream().sorted().distinct().toList();
        boolean consecutive = sorted.size() > 2
                && sorted.getLast().getValue() - sorted.getFirst().getValue() == sorted.size() - 1;
        if (consecutive) {
            return name(sorted.getFirst(), locale) + "–" + name(sorted.getLast(), locale);
        }
        return sorted.stream().map(d -> name(d, locale)).collect(Collectors.joining(", "));
    }

    private static String name(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.SHORT, locale);
    }
}

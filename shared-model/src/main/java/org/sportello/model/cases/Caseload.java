package org.sportello.model.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;

/**
 * Case managers' deadlines, earliest first, each in its bucket relative to {@code today}; and the citizens of the
 * caseload who missed appointments, with how many (issue 13), most first.
 */
public record Caseload(LocalDate today, LocalDate weekEnds, List<CaseloadEntry> entries, List<NoShowCount> noShows) {
    public Caseload {
        entries = entries.stream().sorted(Comparator.comparing((CaseloadEntry e) -> e.deadline().on())
                .thenComparing(CaseloadEntry::taxCode)).toList();
        noShows = noShows == null ? List.of() : noShows.stream().sorted(Comparator
                .comparing(NoShowCount::count).reversed().thenComparing(NoShowCount::taxCode)).toList();
    }

    /** A caseload with no missed appointments (callers written before issue 13's no-shows). */
    public Caseload(LocalDate today, LocalDate weekEnds, List<CaseloadEntry> entries) {
        this(today, weekEnds, entries, List.of());
    }

    /** The bucket of a deadline on {@code day}; the week ends on Sunday. */
    public static CaseloadEntry.Bucket bucket(LocalDate day, LocalDate today) {
        if (day.isBefore(today)) {
            return CaseloadEntry.Bucket.OVERDUE;
        }
        return day.isAfter(weekEnd(today)) ? CaseloadEntry.Bucket.LATER : CaseloadEntry.Bucket.THIS_WEEK;
    }

    public static LocalDate weekEnd(LocalDate today) {
        return today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    public List<CaseloadEntry> in(CaseloadEntry.Bucket bucket) {
        return entries.stream().filter(e -> e.bucket() == bucket).toList();
    }
}

package org.sportello.model.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;

/** Case managers' deadlines, earliest first, each in its bucket relative to {@code today}. */
public record Caseload(LocalDate today, LocalDate weekEnds, List<CaseloadEntry> entries) {
    public Caseload {
        entries = entries.stream().sorted(Comparator.comparing((CaseloadEntry e) -> e.deadline().on())
                .thenComparing(CaseloadEntry::taxCode)).toList();
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

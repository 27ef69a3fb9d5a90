package org.sportello.model.cases;

import java.util.Objects;

/** One deadline of one case, in a case manager's caseload. */
public record CaseloadEntry(CaseOwner caseManager, String taxCode, String name, Deadline deadline, Bucket bucket) {
    /** Overdue (before today), due this week (today to Sunday), or later. */
    public enum Bucket {
        OVERDUE,
        THIS_WEEK,
        LATER
    }

    public CaseloadEntry {
        Objects.requireNonNull(caseManager, "caseManager");
        Objects.requireNonNull(taxCode, "taxCode");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(bucket, "bucket");
    }
}

package org.sportello.operator.cases;

import org.sportello.model.cases.CaseloadEntry;

/** One deadline in the caseload list: when, whose case, what is due, and which case manager holds it. */
public record CaseloadRow(CaseloadEntry.Bucket bucket, String on, String taxCode, String citizen, String what,
                          String caseManager) {
}

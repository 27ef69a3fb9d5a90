package org.sportello.model.cases;

/** What falls due on a case: a measure of the pact, the plan's talks, the plan's first offer. */
public enum DeadlineKind {
    MEASURE,
    TALKS,
    FIRST_OFFER
}

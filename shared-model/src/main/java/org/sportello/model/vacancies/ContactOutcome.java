package org.sportello.model.vacancies;

/**
 * What came of contacting a candidate about a vacancy. Only {@link #INTERESTED} (and its later steps) puts a
 * person on the company's shortlist: nobody is proposed to a company without having said yes.
 */
public enum ContactOutcome {
    NO_ANSWER, NOT_INTERESTED, INTERESTED, PROPOSED, HIRED, NOT_CHOSEN;

    /** The candidate agreed to be proposed to the company. */
    public boolean agreed() {
        return this == INTERESTED || this == PROPOSED || this == HIRED;
    }
}

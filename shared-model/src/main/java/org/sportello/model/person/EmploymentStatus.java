package org.sportello.model.person;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's employment status on a day, as {@link EmploymentStatusRule} derives it from the register.
 *
 * @param state   what the register shows
 * @param since   the day the state began (null only for {@link State#NO_DID} of a person never registered)
 * @param didOn   the DID in force that day, or null
 */
public record EmploymentStatus(State state, LocalDate since, LocalDate didOn) {
    public enum State {
        /** A DID in force and no job since it: "stato di disoccupazione" (D.Lgs. 150/2015, art. 19). */
        UNEMPLOYED,
        /** A job in progress (the latest movement is not a termination). */
        EMPLOYED,
        /** Out of work with no DID in force: registered, nothing to certify as unemployment. */
        NO_DID,
        /** A DID is on file but a job began on or after it: a new DID is needed before unemployment. */
        DID_LAPSED
    }

    public EmploymentStatus {
        Objects.requireNonNull(state, "state");
    }

    public boolean unemployed() {
        return state == State.UNEMPLOYED;
    }
}

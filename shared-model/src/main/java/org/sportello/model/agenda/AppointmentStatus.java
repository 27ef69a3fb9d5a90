package org.sportello.model.agenda;

/** Where an appointment stands. Only BOOKED and CHECKED_IN hold their place in the calendar. */
public enum AppointmentStatus {
    BOOKED,
    CHECKED_IN,
    NO_SHOW,
    CANCELLED,
    /** Replaced by a later booking; the row stays as history and names its successor. */
    REBOOKED,
    /** The dossier moved to another office: that office books it again. */
    TO_BE_REBOOKED;

    public boolean holdsPlace() {
        return this == BOOKED || this == CHECKED_IN;
    }
}

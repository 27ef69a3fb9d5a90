package org.sportello.model.queue;

public enum TicketStatus {
    WAITING,
    CALLED,
    DONE,
    NO_SHOW,
    CANCELLED,
    /** Still waiting when the day was closed. */
    UNSERVED;

    public boolean isOpen() {
        return this == WAITING || this == CALLED;
    }
}

package org.sportello.model.queue;

/** Walk-in tickets today; appointment check-in tickets are reserved for the agenda work. */
public enum TicketKind {
    WALK_IN,
    APPOINTMENT
}

package org.sportello.model.queue;

/** How a visit ended, recorded when the operator finishes a ticket. */
public enum Outcome {
    RESOLVED,
    INFORMATION_GIVEN,
    APPOINTMENT_BOOKED,
    REFERRED,
    DOCUMENTS_MISSING
}

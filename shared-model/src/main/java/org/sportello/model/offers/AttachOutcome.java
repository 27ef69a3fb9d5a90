package org.sportello.model.offers;

/** Whether the chosen offers went with a ticket of today, and which ({@code ""} when there is none). */
public record AttachOutcome(boolean attached, String ticketNumber) {
    public AttachOutcome {
        ticketNumber = ticketNumber == null ? "" : ticketNumber;
    }
}

package org.sportello.model.queue;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record Ticket(
        UUID id,
        UUID serviceId,
        LocalDate serviceDay,
        int number,
        String code,
        TicketKind kind,
        PriorityClass priority,
        TicketStatus status,
        String language,
        Instant issuedAt,
        Instant queuedSince,
        Instant calledAt,
        Instant finishedAt,
        UUID counterId,
        UUID targetCounterId,
        int recallCount,
        Outcome outcome,
        Integer estimatedWaitMinutes,
        Integer peopleAhead,
        /** The codice fiscale read from the citizen's card at the kiosk, or null. */
        String citizenTaxCode) implements Serializable {
}

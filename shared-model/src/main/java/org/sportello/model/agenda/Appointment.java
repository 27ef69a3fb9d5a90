package org.sportello.model.agenda;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One booked appointment and its history.
 *
 * @param withLogin   the operator it is with (or the workshop's code)
 * @param withName    their name as the letter prints it
 * @param bring       what the citizen must bring, as printed on the letter
 * @param rebookedTo  the appointment that replaced this one, when it was rebooked
 * @param letter      the protocol number of its appointment letter, once issued
 * @param ticketCode  the queue ticket its check-in issued
 */
public record Appointment(UUID id, UUID calendarId, String withLogin, String withName, String taxCode,
                          AppointmentKind kind, Instant startsAt, Instant endsAt, AppointmentStatus status,
                          String bring, UUID rebookedTo, String letter, String ticketCode, Instant bookedAt,
                          String bookedBy, long version) {
    public Appointment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(calendarId, "calendarId");
        Objects.requireNonNull(taxCode, "taxCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        bring = bring == null ? "" : bring;
    }

    public Held held() {
        return new Held(startsAt, endsAt);
    }
}

package org.sportello.model.agenda;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An appointment another office booked for a citizen whose dossier now belongs here (ADR 36). It came with the
 * dossier as central had it; it has no calendar here, since the person it was booked with works at the other office.
 *
 * @param bookedAtOffice the code of the office that booked it
 * @param status         its status at that office, as last received
 * @param toRebook       it was still open and ahead when the dossier arrived: this office books it again
 * @param rebookedTo     the appointment booked here in its place, once a supervisor did
 * @param dismissed      a supervisor's decision not to book it again (the citizen no longer needs it); null if none
 */
public record MovedAppointment(UUID id, String bookedAtOffice, String taxCode, String withLogin, String withName,
                               AppointmentKind kind, Instant startsAt, Instant endsAt, AppointmentStatus status,
                               String bring, boolean toRebook, UUID rebookedTo, Dismissal dismissed) {
    /** Who dismissed a moved appointment, when and why (ADR 40); kept as its history. */
    public record Dismissal(Instant at, String by, String reason) {
        public Dismissal {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public MovedAppointment(UUID id, String bookedAtOffice, String taxCode, String withLogin, String withName,
                            AppointmentKind kind, Instant startsAt, Instant endsAt, AppointmentStatus status,
                            String bring, boolean toRebook, UUID rebookedTo) {
        this(id, bookedAtOffice, taxCode, withLogin, withName, kind, startsAt, endsAt, status, bring, toRebook,
                rebookedTo, null);
    }

    public MovedAppointment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bookedAtOffice, "bookedAtOffice");
        Objects.requireNonNull(taxCode, "taxCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(status, "status");
        withLogin = withLogin == null ? "" : withLogin;
        withName = withName == null ? "" : withName;
        bring = bring == null ? "" : bring;
    }

    /** Where it stands here: to be rebooked, rebooked (here), dismissed (cancelled), or the other office's status. */
    public AppointmentStatus statusHere() {
        if (rebookedTo != null) {
            return AppointmentStatus.REBOOKED;
        }
        if (dismissed != null) {
            return AppointmentStatus.CANCELLED;
        }
        return toRebook ? AppointmentStatus.TO_BE_REBOOKED : status;
    }

    /** Still waiting for a supervisor to book it again here. */
    public boolean waiting() {
        return toRebook && rebookedTo == null && dismissed == null;
    }
}

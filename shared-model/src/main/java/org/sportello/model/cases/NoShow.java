package org.sportello.model.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An appointment the citizen missed (not checked in by its end plus the check-in margin, issue 13), as the
 * citizen's case shows it: when, with whom and of which kind ({@code AppointmentKind} name).
 */
public record NoShow(UUID appointment, Instant startsAt, String withLogin, String withName, String kind) {
    public NoShow {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(withLogin, "withLogin");
        withName = withName == null ? "" : withName;
        Objects.requireNonNull(kind, "kind");
    }
}

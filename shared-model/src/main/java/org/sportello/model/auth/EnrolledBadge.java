package org.sportello.model.auth;

import java.time.Instant;
import java.util.UUID;

/** A badge enrolled for an operator; the identifier itself is not kept, only its digest. */
public record EnrolledBadge(UUID id, String login, String displayName, Instant enrolledAt) {
}

package org.sportello.model.protocol;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One row of the register, as stored. The annulment fields are set only when {@code status} is ANNULLED. */
public record ProtocolEntry(UUID id, ProtocolNumber number, ProtocolKind kind, SubjectKind subjectKind,
                            String subjectCode, String subjectName, String title, DocumentHash documentHash,
                            UUID operatorId, Instant registeredAt, ProtocolStatus status, Instant annulledAt,
                            UUID annulledBy, String annulmentReason) {

    public boolean isAnnulled() {
        return status == ProtocolStatus.ANNULLED;
    }

    public Optional<String> annulmentReasonIfAny() {
        return Optional.ofNullable(annulmentReason);
    }
}

package org.sportello.model.archive;

import java.time.Instant;
import java.util.UUID;
import org.sportello.model.protocol.DocumentHash;
import org.sportello.model.protocol.ProtocolNumber;

/** A duplicate handed out: which entry, who printed it, when, and the hash of the copy's bytes. */
public record Reprint(UUID id, ProtocolNumber number, UUID operatorId, Instant printedAt, DocumentHash copySha256) {
}

package org.sportello.model.archive;

import java.time.Instant;
import java.util.UUID;
import org.sportello.model.protocol.DocumentHash;
import org.sportello.model.protocol.ProtocolNumber;

/** A scanned page filed under its entry: which file (by hash), which page of it, and how it was recognised. */
public record AttachedPage(UUID id, ProtocolNumber number, DocumentHash fileSha256, int pageNumber, String sourceName,
                           ReadFrom readFrom, UUID operatorId, Instant attachedAt) {
}

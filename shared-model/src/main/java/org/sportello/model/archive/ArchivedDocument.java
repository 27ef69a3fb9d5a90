package org.sportello.model.archive;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.sportello.model.protocol.DocumentHash;
import org.sportello.model.protocol.ProtocolEntry;
import org.sportello.model.seal.SealPayload;

/**
 * An entry and the PDF it was printed as. {@code pdfSha256} is the hash of the file's bytes, which the
 * archive checks on every read; the entry's own document hash is the hash of the content (ADR 12).
 * {@code seal} is the seal printed on it; empty for papers archived before the archive kept seals.
 */
public record ArchivedDocument(ProtocolEntry entry, DocumentHash pdfSha256, byte[] pdf, Instant archivedAt,
                               Optional<SealPayload> seal) {
    public ArchivedDocument {
        pdf = pdf.clone();
        Objects.requireNonNull(seal, "seal");
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }
}

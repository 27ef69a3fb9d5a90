package org.sportello.model.archive;

import java.time.Instant;
import org.sportello.model.protocol.DocumentHash;
import org.sportello.model.protocol.ProtocolEntry;

/**
 * An entry and the PDF it was printed as. {@code pdfSha256} is the hash of the file's bytes, which the
 * archive checks on every read; the entry's own document hash is the hash of the content (ADR 12).
 */
public record ArchivedDocument(ProtocolEntry entry, DocumentHash pdfSha256, byte[] pdf, Instant archivedAt) {
    public ArchivedDocument {
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }
}

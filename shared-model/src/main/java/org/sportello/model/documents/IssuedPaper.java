package org.sportello.model.documents;

import java.util.Objects;
import org.sportello.model.protocol.ProtocolEntry;
import org.sportello.model.seal.SealPayload;

/**
 * A document as the office hands it to a desk: its register entry, the seal printed on it (for the
 * short receipt) and the PDF to print. The key that made the seal never leaves the office server.
 */
public record IssuedPaper(ProtocolEntry entry, SealPayload seal, byte[] pdf) {
    public IssuedPaper {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(seal, "seal");
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }
}

package org.sportello.model.documents;

import java.util.Objects;
import org.sportello.model.archive.Reprint;
import org.sportello.model.protocol.ProtocolEntry;
import org.sportello.model.seal.SealPayload;

/**
 * A duplicate as the office hands it to a desk: the original's entry and the seal printed on the
 * original (so the desk prints the short receipt without any key), the record of this reprint, and
 * the copy marked "DUPLICATO / DUPLICATE" to print.
 */
public record DuplicatePaper(ProtocolEntry entry, SealPayload seal, Reprint reprint, byte[] pdf) {
    public DuplicatePaper {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(seal, "seal");
        Objects.requireNonNull(reprint, "reprint");
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }
}

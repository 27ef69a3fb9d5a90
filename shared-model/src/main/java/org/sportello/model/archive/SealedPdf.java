package org.sportello.model.archive;

import java.util.Objects;
import org.sportello.model.seal.SealPayload;

/** A document as printed: the PDF's bytes and the seal drawn on it, archived together. */
public record SealedPdf(SealPayload seal, byte[] pdf) {
    public SealedPdf {
        Objects.requireNonNull(seal, "seal");
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }
}

package org.sportello.model.documents;

import org.sportello.model.archive.ArchivedDocument;
import org.sportello.model.archive.Reprint;
import org.sportello.model.seal.SealPayload;

/**
 * A reprint: the archived original, the seal printed on it, the record of the reprint, and the marked
 * copy to print.
 */
public record Duplicate(ArchivedDocument original, SealPayload seal, Reprint reprint, byte[] pdf) {
    public Duplicate {
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    /** What a desk gets: the original's entry and seal, and the copy. */
    public DuplicatePaper paper() {
        return new DuplicatePaper(original.entry(), seal, reprint, pdf);
    }
}

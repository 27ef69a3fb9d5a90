package org.sportello.model.documents;

import org.sportello.model.archive.ArchivedDocument;
import org.sportello.model.archive.Reprint;

/** A reprint: the archived original, the record of the reprint, and the marked copy to print. */
public record Duplicate(ArchivedDocument original, Reprint reprint, byte[] pdf) {
    public Duplicate {
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }
}

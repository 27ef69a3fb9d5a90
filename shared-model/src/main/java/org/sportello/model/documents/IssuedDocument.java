package org.sportello.model.documents;

import org.sportello.model.protocol.ProtocolEntry;
import org.sportello.model.seal.SealPayload;

/** A document as issued: its register entry, its content, its seal and the PDF to print. */
public record IssuedDocument(ProtocolEntry entry, DocumentSheet sheet, SealPayload seal, byte[] pdf) {
    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    /** What a desk gets: the content stays in the office, the PDF and the seal travel. */
    public IssuedPaper paper() {
        return new IssuedPaper(entry, seal, pdf);
    }
}

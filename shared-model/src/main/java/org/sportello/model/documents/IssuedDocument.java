package org.sportello.model.documents;

import org.sportello.model.protocol.ProtocolEntry;
import org.sportello.model.seal.SealPayload;

/** A document as issued: its register entry, its content, its seal and the PDF to print. */
public record IssuedDocument(ProtocolEntry entry, DocumentSheet sheet, SealPayload seal, byte[] pdf) {
    @Override
    public byte[] pdf() {
        return pdf.clone();
    }
}

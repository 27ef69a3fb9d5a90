package org.sportello.model.documents;

import java.util.Locale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.protocol.ProtocolNumber;

/** Issuing and reprinting documents, as the apps see it ({@link DocumentIssuer} in the office). */
public interface DocumentService {
    /** Registers, seals, renders and archives a document in one transaction. */
    IssuedDocument issue(OperatorSession session, DocumentFacts facts, Locale locale);

    /** The archived PDF marked as a duplicate; the reprint is recorded. */
    Duplicate reprint(OperatorSession session, ProtocolNumber number);
}

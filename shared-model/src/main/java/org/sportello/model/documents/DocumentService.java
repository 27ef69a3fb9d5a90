package org.sportello.model.documents;

import java.util.Locale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.protocol.ProtocolNumber;
import org.sportello.model.protocol.Subject;

/**
 * Issuing and reprinting documents, as the desks see it. A desk says only what the operator chose;
 * the office composes the facts from its own records and clock, registers, seals with its key (which
 * stays in the office server) and archives ({@link OfficeDocuments}).
 */
public interface DocumentService {
    /**
     * Issues a document of {@code kind} for {@code subject}.
     *
     * @throws org.sportello.model.common.SportelloException PERSON_UNKNOWN when the office has no file for
     *         the person, PERSON_NOT_REGISTERED / NO_AVAILABILITY_DECLARATION when the file lacks what the
     *         kind states, INVALID_REQUEST when the kind is not issued to that subject or lacks its details
     */
    IssuedPaper issue(OperatorSession session, DocumentKind kind, Subject subject, DocumentDetails details,
                      Locale locale);

    /** The archived PDF marked as a duplicate, with the original's seal; the reprint is recorded. */
    DuplicatePaper reprint(OperatorSession session, ProtocolNumber number);
}

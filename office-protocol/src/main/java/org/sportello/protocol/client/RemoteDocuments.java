package org.sportello.protocol.client;

import io.grpc.Channel;
import java.util.Locale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.documents.DocumentDetails;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.DocumentService;
import org.sportello.model.documents.DuplicatePaper;
import org.sportello.model.documents.IssuedPaper;
import org.sportello.model.protocol.ProtocolNumber;
import org.sportello.model.protocol.Subject;
import org.sportello.protocol.v1.IssueDocumentRequest;
import org.sportello.protocol.v1.ReprintRequest;
import org.sportello.protocol.wire.DocumentWire;

/**
 * Documents through the office server: the desk sends what the operator chose, the server composes,
 * registers, seals (its key never leaves it) and archives, and answers the PDF with its seal.
 */
public final class RemoteDocuments implements DocumentService {
    private final DocumentCalls calls;

    public RemoteDocuments(Channel channel) {
        this.calls = new DocumentCalls(channel, DocumentCalls.DOCUMENTS);
    }

    @Override
    public IssuedPaper issue(OperatorSession session, DocumentKind kind, Subject subject, DocumentDetails details,
                             Locale locale) {
        IssueDocumentRequest request = IssueDocumentRequest.newBuilder()
                .setSession(DocumentCalls.session(session))
                .setKind(kind.name())
                .setSubjectKind(subject.kind().name())
                .setSubjectCode(subject.code())
                .setLanguage(locale.toLanguageTag())
                .setDetails(DocumentWire.toMsg(details == null ? DocumentDetails.NONE : details))
                .build();
        return DocumentWire.issuedFromMsg(calls.call("documents.issue", s -> s.issue(request)));
    }

    @Override
    public DuplicatePaper reprint(OperatorSession session, ProtocolNumber number) {
        ReprintRequest request = ReprintRequest.newBuilder()
                .setSession(DocumentCalls.session(session))
                .setNumber(number.format())
                .build();
        return DocumentWire.duplicateFromMsg(calls.call("documents.reprint", s -> s.reprint(request)));
    }
}

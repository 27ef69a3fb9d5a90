package org.sportello.model.documents;

import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.office.OfficeInfo;
import org.sportello.model.protocol.ProtocolEntry;
import org.sportello.model.protocol.ProtocolRegister;
import org.sportello.model.protocol.ProtocolRequest;
import org.sportello.model.seal.OfficeKeys;
import org.sportello.model.seal.SealPayload;

/**
 * Issues a document: registers it (the number goes on the paper, and the register keeps the hash of
 * exactly what is printed), seals number and hash with the office key, and renders the PDF.
 */
public final class DocumentIssuer {
    private final ProtocolRegister register;
    private final OfficeKeys keys;
    private final Letterhead letterhead;
    private final ZoneId zone;
    private final DocumentComposer composer = new DocumentComposer();
    private final PdfRenderer renderer = new PdfRenderer();

    public DocumentIssuer(ProtocolRegister register, OfficeKeys keys, OfficeInfo office) {
        this.register = register;
        this.keys = keys;
        this.letterhead = Letterhead.of(office);
        this.zone = office.zone();
    }

    public IssuedDocument issue(OperatorSession session, DocumentFacts facts, Locale locale) {
        DocumentTexts texts = new DocumentTexts(locale);
        String kindKey = facts.kind().name().toLowerCase(Locale.ROOT).replace('_', '.');
        AtomicReference<DocumentSheet> composed = new AtomicReference<>();
        ProtocolRequest request = new ProtocolRequest(facts.kind().protocolKind(), facts.subject(),
                facts.subjectName(), texts.text("title." + kindKey));
        ProtocolEntry entry = register.register(session, request, (number, at) -> {
            DocumentSheet sheet = composer.compose(facts, locale, number, at.atZone(zone), letterhead,
                    session.displayName(), false);
            composed.set(sheet);
            return sheet.hash();
        });
        DocumentSheet sheet = composed.get();
        SealPayload seal = keys.signer().seal(entry.number(), sheet.hash());
        return new IssuedDocument(entry, sheet, seal, renderer.render(sheet, seal));
    }
}

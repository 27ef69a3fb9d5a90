package org.sportello.model.documents;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.sportello.model.archive.ArchivedDocument;
import org.sportello.model.archive.DocumentArchive;
import org.sportello.model.archive.Reprint;
import org.sportello.model.archive.SealedPdf;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.office.OfficeInfo;
import org.sportello.model.protocol.DocumentHash;
import org.sportello.model.protocol.ProtocolEntry;
import org.sportello.model.protocol.ProtocolNumber;
import org.sportello.model.protocol.ProtocolRequest;
import org.sportello.model.seal.OfficeKeys;
import org.sportello.model.seal.SealPayload;

/**
 * Issues a document: registers it (the number goes on the paper, and the register keeps the hash of
 * exactly what is printed), seals number and hash with the office key, renders the PDF and archives
 * it in the same transaction (ADR 15). Reprints come from the archive, marked as duplicates. This is
 * the office server's engine: it takes composed facts; desks go through {@link OfficeDocuments}, which
 * composes them from the office's own records.
 */
public final class DocumentIssuer {
    private final DocumentArchive archive;
    private final OfficeKeys keys;
    private final Letterhead letterhead;
    private final ZoneId zone;
    private final Clock clock;
    private final DocumentComposer composer = new DocumentComposer();
    private final PdfRenderer renderer = new PdfRenderer();

    public DocumentIssuer(DocumentArchive archive, OfficeKeys keys, OfficeInfo office, Clock clock) {
        this.archive = archive;
        this.clock = clock;
        this.keys = keys;
        this.letterhead = Letterhead.of(office);
        this.zone = office.zone();
    }

    public IssuedDocument issue(OperatorSession session, DocumentFacts facts, Locale locale) {
        DocumentTexts texts = new DocumentTexts(locale);
        String kindKey = facts.kind().name().toLowerCase(Locale.ROOT).replace('_', '.');
        AtomicReference<DocumentSheet> composed = new AtomicReference<>();
        AtomicReference<SealPayload> sealed = new AtomicReference<>();
        ProtocolRequest request = new ProtocolRequest(facts.kind().protocolKind(), facts.subject(),
                facts.subjectName(), texts.text("title." + kindKey));
        // Both callbacks run inside the registering transaction, again if it is retried.
        ArchivedDocument archived = archive.register(session, request, (number, at) -> {
            DocumentSheet sheet = composer.compose(facts, locale, number, at.atZone(zone), letterhead,
                    session.displayName(), false);
            composed.set(sheet);
            return sheet.hash();
        }, entry -> {
            SealPayload seal = keys.signer().seal(entry.number(), composed.get().hash());
            sealed.set(seal);
            return new SealedPdf(seal, renderer.render(composed.get(), seal));
        });
        return new IssuedDocument(archived.entry(), composed.get(), sealed.get(), archived.pdf());
    }

    /**
     * The archived PDF again, marked "DUPLICATO / DUPLICATE" with the reprint's time and operator; same
     * number, same seal. The reprint is recorded. An annulled entry is not reprinted: the paper is void.
     */
    public Duplicate reprint(OperatorSession session, ProtocolNumber number) {
        ArchivedDocument original = archive.find(number).orElseThrow(() -> new SportelloException(
                Problem.NOT_ARCHIVED, number.format()));
        ProtocolEntry entry = original.entry();
        if (entry.isAnnulled()) {
            throw new SportelloException(Problem.ALREADY_ANNULLED, number.format(),
                    entry.annulledAt().atZone(zone).toLocalDate(), entry.annulmentReason());
        }
        // Papers archived before seals were kept: Ed25519 is deterministic, so the active key gives the
        // original's seal unless the key was rotated since; then a fresh seal that verifies just the same.
        SealPayload seal = original.seal().orElseGet(() -> keys.signer().seal(entry.number(), entry.documentHash()));
        byte[] copy = DuplicateMark.apply(original.pdf(), clock.instant().atZone(zone), session.displayName());
        Reprint reprint = archive.recordReprint(session, number, DocumentHash.sha256(copy));
        return new Duplicate(original, seal, reprint, copy);
    }
}

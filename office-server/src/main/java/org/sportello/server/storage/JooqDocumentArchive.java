package org.sportello.server.storage;

import static org.sportello.server.storage.schema.Tables.ARCHIVED_DOCUMENT;
import static org.sportello.server.storage.schema.Tables.ARCHIVE_FILE;
import static org.sportello.server.storage.schema.Tables.DOCUMENT_REPRINT;
import static org.sportello.server.storage.schema.Tables.PROTOCOL_ENTRY;
import static org.sportello.server.storage.schema.Tables.SCANNED_PAGE;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sportello.model.archive.ArchivedDocument;
import org.sportello.model.archive.AttachedPage;
import org.sportello.model.archive.DocumentArchive;
import org.sportello.model.archive.ReadFrom;
import org.sportello.model.archive.Reprint;
import org.sportello.model.archive.ScannedFile;
import org.sportello.model.archive.SealedPdf;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.Role;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.common.UuidV7;
import org.sportello.model.events.EventType;
import org.sportello.model.office.OfficeInfo;
import org.sportello.server.storage.schema.tables.records.ProtocolEntryRecord;
import org.sportello.model.protocol.DocumentDigest;
import org.sportello.model.protocol.DocumentHash;
import org.sportello.model.protocol.ProtocolEntry;
import org.sportello.model.protocol.ProtocolNumber;
import org.sportello.model.protocol.ProtocolRequest;
import org.sportello.model.seal.SealPayload;

/** The archive in the office database, content-addressed by SHA-256 (ADR 15). */
public final class JooqDocumentArchive implements DocumentArchive {
    private static final String PDF = "application/pdf";

    private final OfficeInfo office;
    private final JooqProtocolRegister register;
    private final Transactions tx;
    private final EventWriter events;
    private final Clock clock;

    public JooqDocumentArchive(OfficeDatabase database, OfficeInfo office, JooqProtocolRegister register, Clock clock) {
        this.office = office;
        this.register = register;
        this.tx = new Transactions(database);
        this.events = new EventWriter(office.id());
        this.clock = clock;
    }

    @Override
    public ArchivedDocument register(OperatorSession session, ProtocolRequest request, DocumentDigest digest,
                                     Function<ProtocolEntry, SealedPdf> render) {
        session.require(Role.OPERATOR, "register a protocol entry");
        Instant now = clock.instant();
        return tx.runDurably(db -> {
            ProtocolEntry entry = register.insert(db, session, request, digest, now);
            SealedPdf sealed = render.apply(entry);
            byte[] pdf = sealed.pdf();
            DocumentHash sha = store(db, PDF, pdf, now);
            db.insertInto(ARCHIVED_DOCUMENT)
                    .set(ARCHIVED_DOCUMENT.PROTOCOL_ENTRY_ID, entry.id())
                    .set(ARCHIVED_DOCUMENT.OFFICE_ID, office.id())
                    .set(ARCHIVED_DOCUMENT.PDF_SHA256, sha.hex())
                    .set(ARCHIVED_DOCUMENT.ARCHIVED_AT, utc(now))
                    .set(ARCHIVED_DOCUMENT.SEAL, sealed.seal().encode())
                    .execute();
            return new ArchivedDocument(entry, sha, pdf, now, Optional.of(sealed.seal()));
        });
    }

    /** Stores the bytes once per distinct hash; a concurrent twin loses on the key and its transaction retries. */
    private static DocumentHash store(DSLContext db, String mediaType, byte[] bytes, Instant now) {
        DocumentHash sha = DocumentHash.sha256(bytes);
        boolean known = db.fetchExists(ARCHIVE_FILE, ARCHIVE_FILE.SHA256.eq(sha.hex()));
        if (!known) {
            db.insertInto(ARCHIVE_FILE)
                    .set(ARCHIVE_FILE.SHA256, sha.hex())
                    .set(ARCHIVE_FILE.MEDIA_TYPE, mediaType)
                    .set(ARCHIVE_FILE.SIZE_BYTES, (long) bytes.length)
                    .set(ARCHIVE_FILE.CONTENT, bytes)
                    .set(ARCHIVE_FILE.STORED_AT, utc(now))
                    .execute();
        }
        return sha;
    }

    @Override
    public Optional<ArchivedDocument> find(ProtocolNumber number) {
        if (!number.officeCode().equals(office.code())) {
            return Optional.empty();
        }
        return tx.run(db -> {
            Record row = db.select(PROTOCOL_ENTRY.fields()).select(ARCHIVED_DOCUMENT.PDF_SHA256,
                            ARCHIVED_DOCUMENT.ARCHIVED_AT, ARCHIVED_DOCUMENT.SEAL, ARCHIVE_FILE.CONTENT)
                    .from(PROTOCOL_ENTRY)
                    .join(ARCHIVED_DOCUMENT).on(ARCHIVED_DOCUMENT.PROTOCOL_ENTRY_ID.eq(PROTOCOL_ENTRY.ID))
                    .join(ARCHIVE_FILE).on(ARCHIVE_FILE.SHA256.eq(ARCHIVED_DOCUMENT.PDF_SHA256))
                    .where(register.byNumber(number))
                    .fetchOne();
            if (row == null) {
                return Optional.empty();
            }
            ProtocolEntry entry = register.toEntry(row.into(PROTOCOL_ENTRY).into(ProtocolEntryRecord.class));
            DocumentHash recorded = new DocumentHash(row.get(ARCHIVED_DOCUMENT.PDF_SHA256));
            byte[] pdf = row.get(ARCHIVE_FILE.CONTENT);
            // The key is the hash, but a restored or tampered file would not know that: check the bytes.
            if (!DocumentHash.sha256(pdf).equals(recorded)) {
                throw new SportelloException(Problem.ARCHIVE_DAMAGED, number.format());
            }
            return Optional.of(new ArchivedDocument(entry, recorded, pdf,
                    row.get(ARCHIVED_DOCUMENT.ARCHIVED_AT).toInstant(),
                    SealPayload.parse(row.get(ARCHIVED_DOCUMENT.SEAL))));
        });
    }

    @Override
    public Reprint recordReprint(OperatorSession session, ProtocolNumber number, DocumentHash copy) {
        session.require(Role.OPERATOR, "reprint a document");
        Instant now = clock.instant();
        return tx.runDurably(db -> {
            UUID entryId = entryId(db, number);
            if (!db.fetchExists(ARCHIVED_DOCUMENT, ARCHIVED_DOCUMENT.PROTOCOL_ENTRY_ID.eq(entryId))) {
                throw new SportelloException(Problem.NOT_ARCHIVED, number.format());
            }
            UUID id = UuidV7.next(clock);
            db.insertInto(DOCUMENT_REPRINT)
                    .set(DOCUMENT_REPRINT.ID, id)
                    .set(DOCUMENT_REPRINT.OFFICE_ID, office.id())
                    .set(DOCUMENT_REPRINT.PROTOCOL_ENTRY_ID, entryId)
                    .set(DOCUMENT_REPRINT.OPERATOR_ID, session.operatorId())
                    .set(DOCUMENT_REPRINT.PRINTED_AT, utc(now))
                    .set(DOCUMENT_REPRINT.COPY_SHA256, copy.hex())
                    .execute();
            events.event(EventType.DOCUMENT_REPRINTED, now).operator(session.operatorId())
                    .detail(number.format()).write(db);
            return new Reprint(id, number, session.operatorId(), now, copy);
        });
    }

    @Override
    public List<Reprint> reprints(ProtocolNumber number) {
        return tx.run(db -> db.select(DOCUMENT_REPRINT.fields()).from(DOCUMENT_REPRINT)
                .join(PROTOCOL_ENTRY).on(PROTOCOL_ENTRY.ID.eq(DOCUMENT_REPRINT.PROTOCOL_ENTRY_ID))
                .where(register.byNumber(number))
                .orderBy(DOCUMENT_REPRINT.PRINTED_AT, DOCUMENT_REPRINT.ID)
                .fetch(r -> new Reprint(r.get(DOCUMENT_REPRINT.ID), number, r.get(DOCUMENT_REPRINT.OPERATOR_ID),
                        r.get(DOCUMENT_REPRINT.PRINTED_AT).toInstant(),
                        new DocumentHash(r.get(DOCUMENT_REPRINT.COPY_SHA256)))));
    }

    @Override
    public Optional<AttachedPage> attach(OperatorSession session, ProtocolNumber number, ScannedFile file,
                                         int pageNumber, ReadFrom readFrom) {
        session.require(Role.OPERATOR, "attach a scanned page");
        if (pageNumber < 1) {
            throw new IllegalArgumentException("pages count from 1: " + pageNumber);
        }
        Instant now = clock.instant();
        return tx.runDurably(db -> {
            UUID entryId = entryId(db, number);
            DocumentHash sha = store(db, file.mediaType(), file.bytes(), now);
            boolean already = db.fetchExists(SCANNED_PAGE, SCANNED_PAGE.PROTOCOL_ENTRY_ID.eq(entryId)
                    .and(SCANNED_PAGE.FILE_SHA256.eq(sha.hex())).and(SCANNED_PAGE.PAGE_NUMBER.eq(pageNumber)));
            if (already) {
                return Optional.empty();
            }
            UUID id = UuidV7.next(clock);
            String name = file.name().length() <= 500 ? file.name() : file.name().substring(file.name().length() - 500);
            db.insertInto(SCANNED_PAGE)
                    .set(SCANNED_PAGE.ID, id)
                    .set(SCANNED_PAGE.OFFICE_ID, office.id())
                    .set(SCANNED_PAGE.PROTOCOL_ENTRY_ID, entryId)
                    .set(SCANNED_PAGE.FILE_SHA256, sha.hex())
                    .set(SCANNED_PAGE.PAGE_NUMBER, pageNumber)
                    .set(SCANNED_PAGE.SOURCE_NAME, name)
                    .set(SCANNED_PAGE.READ_FROM, readFrom.name())
                    .set(SCANNED_PAGE.OPERATOR_ID, session.operatorId())
                    .set(SCANNED_PAGE.ATTACHED_AT, utc(now))
                    .execute();
            events.event(EventType.SCAN_ATTACHED, now).operator(session.operatorId())
                    .detail(number.format() + " " + name + " p." + pageNumber).write(db);
            return Optional.of(new AttachedPage(id, number, sha, pageNumber, name, readFrom, session.operatorId(), now));
        });
    }

    @Override
    public List<AttachedPage> pages(ProtocolNumber number) {
        return tx.run(db -> db.select(SCANNED_PAGE.fields()).from(SCANNED_PAGE)
                .join(PROTOCOL_ENTRY).on(PROTOCOL_ENTRY.ID.eq(SCANNED_PAGE.PROTOCOL_ENTRY_ID))
                .where(register.byNumber(number))
                .orderBy(SCANNED_PAGE.ATTACHED_AT, SCANNED_PAGE.ID)
                .fetch(r -> new AttachedPage(r.get(SCANNED_PAGE.ID), number,
                        new DocumentHash(r.get(SCANNED_PAGE.FILE_SHA256)), r.get(SCANNED_PAGE.PAGE_NUMBER),
                        r.get(SCANNED_PAGE.SOURCE_NAME), ReadFrom.valueOf(r.get(SCANNED_PAGE.READ_FROM)),
                        r.get(SCANNED_PAGE.OPERATOR_ID), r.get(SCANNED_PAGE.ATTACHED_AT).toInstant())));
    }

    @Override
    public Optional<byte[]> content(DocumentHash sha256) {
        return tx.run(db -> db.select(ARCHIVE_FILE.CONTENT).from(ARCHIVE_FILE)
                .where(ARCHIVE_FILE.SHA256.eq(sha256.hex())).fetchOptional(r -> r.value1()));
    }

    private UUID entryId(DSLContext db, ProtocolNumber number) {
        if (!number.officeCode().equals(office.code())) {
            throw new SportelloException(Problem.PROTOCOL_OF_ANOTHER_OFFICE, number.format());
        }
        return db.select(PROTOCOL_ENTRY.ID).from(PROTOCOL_ENTRY).where(register.byNumber(number))
                .fetchOptional(r -> r.value1())
                .orElseThrow(() -> new SportelloException(Problem.UNKNOWN_PROTOCOL_ENTRY, number.format()));
    }

    private static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }
}

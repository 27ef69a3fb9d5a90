package org.sportello.server.storage;

import static org.sportello.server.storage.schema.Tables.PROTOCOL_ENTRY;
import static org.sportello.server.storage.schema.Tables.PROTOCOL_SEQUENCE;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
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
import org.sportello.model.protocol.ProtocolKind;
import org.sportello.model.protocol.ProtocolNumber;
import org.sportello.model.protocol.ProtocolRegister;
import org.sportello.model.protocol.ProtocolRequest;
import org.sportello.model.protocol.ProtocolStatus;
import org.sportello.model.protocol.SubjectKind;

/** The protocol register on the office database. Numbering follows ADR 6, like tickets. */
public final class JooqProtocolRegister implements ProtocolRegister {
    /** Shortest reason accepted for an annulment: "errore" is not an explanation an auditor can use. */
    static final int MIN_REASON_LENGTH = 10;

    private final OfficeInfo office;
    private final Transactions tx;
    private final EventWriter events;
    private final Clock clock;

    public JooqProtocolRegister(OfficeDatabase database, OfficeInfo office, Clock clock) {
        this.office = office;
        this.tx = new Transactions(database);
        this.events = new EventWriter(office.id());
        this.clock = clock;
    }

    @Override
    public ProtocolEntry register(OperatorSession session, ProtocolRequest request, DocumentDigest digest) {
        session.require(Role.OPERATOR, "register a protocol entry");
        Instant now = clock.instant();
        return tx.runDurably(db -> insert(db, session, request, digest, now));
    }

    /**
     * Registers inside the caller's transaction, so the archive can keep the document in the same one
     * (ADR 15). The caller has checked the role.
     */
    ProtocolEntry insert(DSLContext db, OperatorSession session, ProtocolRequest request, DocumentDigest digest,
                         Instant now) {
        int year = now.atZone(office.zone()).getYear();
        ProtocolNumber number = new ProtocolNumber(office.code(), year, nextNumber(db, year));
        DocumentHash hash = digest.digest(number, now);
        UUID id = UuidV7.next(clock);
        db.insertInto(PROTOCOL_ENTRY)
                .set(PROTOCOL_ENTRY.ID, id)
                .set(PROTOCOL_ENTRY.OFFICE_ID, office.id())
                .set(PROTOCOL_ENTRY.PROTOCOL_YEAR, year)
                .set(PROTOCOL_ENTRY.NUMBER, number.sequence())
                .set(PROTOCOL_ENTRY.CODE, number.format())
                .set(PROTOCOL_ENTRY.KIND, request.kind().name())
                .set(PROTOCOL_ENTRY.SUBJECT_KIND, request.subject().kind().name())
                .set(PROTOCOL_ENTRY.SUBJECT_CODE, request.subject().code())
                .set(PROTOCOL_ENTRY.SUBJECT_NAME, request.subjectName())
                .set(PROTOCOL_ENTRY.TITLE, request.title())
                .set(PROTOCOL_ENTRY.DOCUMENT_SHA256, hash.hex())
                .set(PROTOCOL_ENTRY.OPERATOR_ID, session.operatorId())
                .set(PROTOCOL_ENTRY.REGISTERED_AT, utc(now))
                .set(PROTOCOL_ENTRY.STATUS, ProtocolStatus.REGISTERED.name())
                .execute();
        events.event(EventType.PROTOCOL_REGISTERED, now).operator(session.operatorId())
                .detail(number.format() + " " + request.kind().name()).write(db);
        return toEntry(db.selectFrom(PROTOCOL_ENTRY).where(PROTOCOL_ENTRY.ID.eq(id)).fetchSingle());
    }

    /**
     * Registers an entry made by a station rather than an operator (a kiosk's attendance stamp, ADR 35), inside the
     * caller's transaction on {@code connection}, so the stamp and its number commit or roll back together (a
     * rollback gives the number back). The entry names the station; its operator stays empty.
     */
    public ProtocolEntry registerByStation(java.sql.Connection connection, String station, ProtocolRequest request,
                                           DocumentDigest digest, Instant now) {
        if (station == null || station.isBlank() || station.length() > 64) {
            throw new IllegalArgumentException("a station name of 1 to 64 characters");
        }
        DSLContext db = org.jooq.impl.DSL.using(connection, org.jooq.SQLDialect.H2);
        int year = now.atZone(office.zone()).getYear();
        ProtocolNumber number = new ProtocolNumber(office.code(), year, nextNumber(db, year));
        DocumentHash hash = digest.digest(number, now);
        UUID id = UuidV7.next(clock);
        db.insertInto(PROTOCOL_ENTRY)
                .set(PROTOCOL_ENTRY.ID, id)
                .set(PROTOCOL_ENTRY.OFFICE_ID, office.id())
                .set(PROTOCOL_ENTRY.PROTOCOL_YEAR, year)
                .set(PROTOCOL_ENTRY.NUMBER, number.sequence())
                .set(PROTOCOL_ENTRY.CODE, number.format())
                .set(PROTOCOL_ENTRY.KIND, request.kind().name())
                .set(PROTOCOL_ENTRY.SUBJECT_KIND, request.subject().kind().name())
                .set(PROTOCOL_ENTRY.SUBJECT_CODE, request.subject().code())
                .set(PROTOCOL_ENTRY.SUBJECT_NAME, request.subjectName())
                .set(PROTOCOL_ENTRY.TITLE, request.title())
                .set(PROTOCOL_ENTRY.DOCUMENT_SHA256, hash.hex())
                .set(PROTOCOL_ENTRY.STATION, station)
                .set(PROTOCOL_ENTRY.REGISTERED_AT, utc(now))
                .set(PROTOCOL_ENTRY.STATUS, ProtocolStatus.REGISTERED.name())
                .execute();
        events.event(EventType.PROTOCOL_REGISTERED, now)
                .detail(number.format() + " " + request.kind().name() + " " + station).write(db);
        return toEntry(db.selectFrom(PROTOCOL_ENTRY).where(PROTOCOL_ENTRY.ID.eq(id)).fetchSingle());
    }

    /** Gapless: the sequence row is bumped in the registering transaction; a rollback gives the number back. */
    private int nextNumber(DSLContext db, int year) {
        Condition key = PROTOCOL_SEQUENCE.OFFICE_ID.eq(office.id()).and(PROTOCOL_SEQUENCE.PROTOCOL_YEAR.eq(year));
        int updated = db.update(PROTOCOL_SEQUENCE)
                .set(PROTOCOL_SEQUENCE.LAST_NUMBER, PROTOCOL_SEQUENCE.LAST_NUMBER.plus(1))
                .where(key).execute();
        if (updated == 0) {
            // First entry of the year; a concurrent first insert loses on the primary key and retries.
            db.insertInto(PROTOCOL_SEQUENCE)
                    .set(PROTOCOL_SEQUENCE.OFFICE_ID, office.id())
                    .set(PROTOCOL_SEQUENCE.PROTOCOL_YEAR, year)
                    .set(PROTOCOL_SEQUENCE.LAST_NUMBER, 1)
                    .execute();
            return 1;
        }
        return db.select(PROTOCOL_SEQUENCE.LAST_NUMBER).from(PROTOCOL_SEQUENCE).where(key).fetchSingle().value1();
    }

    @Override
    public ProtocolEntry annul(OperatorSession session, ProtocolNumber number, String reason) {
        session.require(Role.SUPERVISOR, "annul a protocol entry");
        if (reason == null || reason.strip().length() < MIN_REASON_LENGTH) {
            throw new SportelloException(Problem.REASON_REQUIRED);
        }
        if (!number.officeCode().equals(office.code())) {
            throw new SportelloException(Problem.PROTOCOL_OF_ANOTHER_OFFICE, number.format());
        }
        String why = reason.strip();
        Instant now = clock.instant();
        return tx.runDurably(db -> {
            // Only a registered entry turns annulled; the WHERE makes two racing annulments one.
            int updated = db.update(PROTOCOL_ENTRY)
                    .set(PROTOCOL_ENTRY.STATUS, ProtocolStatus.ANNULLED.name())
                    .set(PROTOCOL_ENTRY.ANNULLED_AT, utc(now))
                    .set(PROTOCOL_ENTRY.ANNULLED_BY, session.operatorId())
                    .set(PROTOCOL_ENTRY.ANNULMENT_REASON, why)
                    .set(PROTOCOL_ENTRY.VERSION, PROTOCOL_ENTRY.VERSION.plus(1))
                    .where(byNumber(number).and(PROTOCOL_ENTRY.STATUS.eq(ProtocolStatus.REGISTERED.name())))
                    .execute();
            ProtocolEntryRecord row = db.selectFrom(PROTOCOL_ENTRY).where(byNumber(number)).fetchOne();
            if (row == null) {
                throw new SportelloException(Problem.UNKNOWN_PROTOCOL_ENTRY, number.format());
            }
            if (updated == 0) {
                throw new SportelloException(Problem.ALREADY_ANNULLED, number.format(),
                        row.getAnnulledAt().atZoneSameInstant(office.zone()).toLocalDate(),
                        row.getAnnulmentReason());
            }
            events.event(EventType.PROTOCOL_ANNULLED, now).operator(session.operatorId())
                    .detail(number.format() + " " + why).write(db);
            return toEntry(row);
        });
    }

    @Override
    public Optional<ProtocolEntry> find(ProtocolNumber number) {
        return tx.run(db -> db.selectFrom(PROTOCOL_ENTRY).where(byNumber(number)).fetchOptional(this::toEntry));
    }

    @Override
    public List<ProtocolEntry> year(int year) {
        return tx.run(db -> db.selectFrom(PROTOCOL_ENTRY)
                .where(PROTOCOL_ENTRY.OFFICE_ID.eq(office.id()).and(PROTOCOL_ENTRY.PROTOCOL_YEAR.eq(year)))
                .orderBy(PROTOCOL_ENTRY.NUMBER)
                .fetch(this::toEntry));
    }

    Condition byNumber(ProtocolNumber number) {
        return PROTOCOL_ENTRY.OFFICE_ID.eq(office.id())
                .and(PROTOCOL_ENTRY.PROTOCOL_YEAR.eq(number.year()))
                .and(PROTOCOL_ENTRY.NUMBER.eq(number.sequence()));
    }

    ProtocolEntry toEntry(ProtocolEntryRecord r) {
        return new ProtocolEntry(r.getId(), new ProtocolNumber(office.code(), r.getProtocolYear(), r.getNumber()),
                ProtocolKind.valueOf(r.getKind()), SubjectKind.valueOf(r.getSubjectKind()), r.getSubjectCode(),
                r.getSubjectName(), r.getTitle(), new DocumentHash(r.getDocumentSha256()), r.getOperatorId(),
                instant(r.getRegisteredAt()), ProtocolStatus.valueOf(r.getStatus()), instant(r.getAnnulledAt()),
                r.getAnnulledBy(), r.getAnnulmentReason());
    }

    private static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}

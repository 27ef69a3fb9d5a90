package org.sportello.server.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import javax.sql.DataSource;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.common.UuidV7;
import org.sportello.model.events.EventType;

/**
 * Erases the personal data an office keeps only while it serves a citizen (ADR 0026): a closed ticket's
 * codice fiscale and priority class, and the priority class its TICKET_ISSUED event names. The ticket
 * keeps everything statistics count (service, day, times, outcome), gets a new version and the
 * erasure's time as {@code erased_at}, and one PERSONAL_DATA_ERASED event is written in the same
 * transaction: the sync pushes the erased rows from it, so central's copies are erased too.
 *
 * <p>Every erasure is recorded in {@code privacy_erasure} with who, when, why and the counts, never an
 * erased value (not even the codice fiscale asked for). Callers run it between the queue's turns
 * ({@code OfficeConnection.betweenQueueTurns}) so the queue's memory does not keep what was erased.
 */
public final class PersonalData {
    /** Tickets no longer in line: open ones still need their priority, and are never erased. */
    private static final String CLOSED = "status NOT IN ('WAITING', 'CALLED')";

    private final DataSource office;
    private final UUID officeId;
    private final Clock clock;

    public PersonalData(DataSource office, UUID officeId, Clock clock) {
        this.office = office;
        this.officeId = officeId;
        this.clock = clock;
    }

    /**
     * Erases the tickets whose day is more than {@code days} days before {@code today}; recorded only
     * when there was something to erase, so a quiet day leaves no trace.
     */
    public Erasure eraseExpired(LocalDate today, int days, String by) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1: " + days);
        }
        LocalDate before = today.minusDays(days);
        return inTransaction(c -> {
            Instant at = now();
            int tickets = update(c, "UPDATE ticket SET citizen_tax_code = NULL, priority = NULL, erased_at = ?,"
                    + " version = version + 1 WHERE office_id = ? AND service_day < ? AND erased_at IS NULL AND "
                    + CLOSED, at, officeId, before);
            if (tickets == 0) {
                return Erasure.NOTHING;
            }
            int events = eraseIssuedDetails(c, at);
            Erasure done = new Erasure(tickets, events, 0, 0, 0, 0);
            record(c, at, "RETENTION", by, "retention: tickets before " + before, done);
            return done;
        });
    }

    /**
     * Erases what may be erased about one person: the codice fiscale and priority class of every
     * ticket of theirs. Refused, with nothing erased, while one of their tickets is still in line.
     * Counts what is kept by law (protocol entries, issued documents, the dossier) for the answer.
     */
    public Erasure erasePerson(CodiceFiscale person, String reason, String by) {
        // A ticket keeps the code as the kiosk read it; a dossier and the register keep the canonical one.
        String code = person.code();
        String canonical = person.canonical();
        return inTransaction(c -> {
            Instant at = now();
            int inLine = count(c, "SELECT COUNT(*) FROM ticket WHERE office_id = ? AND citizen_tax_code IN (?, ?)"
                    + " AND NOT (" + CLOSED + ")", officeId, code, canonical);
            int protocol = count(c, "SELECT COUNT(*) FROM protocol_entry WHERE subject_code IN (?, ?)", code, canonical);
            int documents = count(c, "SELECT COUNT(*) FROM archived_document d JOIN protocol_entry p"
                    + " ON p.id = d.protocol_entry_id WHERE p.subject_code IN (?, ?)", code, canonical);
            int dossiers = count(c, "SELECT COUNT(*) FROM person WHERE tax_code IN (?, ?)", code, canonical);
            if (inLine > 0) {
                return new Erasure(0, 0, inLine, protocol, documents, dossiers);
            }
            int tickets = update(c, "UPDATE ticket SET citizen_tax_code = NULL, priority = NULL, erased_at = ?,"
                    + " version = version + 1 WHERE office_id = ? AND citizen_tax_code IN (?, ?)", at, officeId, code,
                    canonical);
            int events = tickets == 0 ? 0 : eraseIssuedDetails(c, at);
            Erasure done = new Erasure(tickets, events, 0, protocol, documents, dossiers);
            record(c, at, "REQUEST", by, reason, done);
            return done;
        });
    }

    /**
     * The TICKET_ISSUED events of the tickets erased at {@code at} name their priority class; the offers
     * and courses a citizen took from the terminal to those tickets say what they looked for, so they go too.
     */
    private int eraseIssuedDetails(Connection c, Instant at) throws SQLException {
        update(c, "DELETE FROM ticket_item WHERE ticket_id IN (SELECT id FROM ticket WHERE erased_at = ?)", at);
        return update(c, "UPDATE office_event SET detail = NULL WHERE type = 'TICKET_ISSUED' AND detail IS NOT NULL"
                + " AND ticket_id IN (SELECT id FROM ticket WHERE erased_at = ?)", at);
    }

    private void record(Connection c, Instant at, String kind, String by, String reason, Erasure done)
            throws SQLException {
        if (done.tickets() > 0) {
            update(c, "INSERT INTO office_event (event_id, office_id, occurred_at, type, detail) VALUES (?, ?, ?, ?, ?)",
                    UuidV7.next(), officeId, at, EventType.PERSONAL_DATA_ERASED.name(),
                    kind.toLowerCase(java.util.Locale.ROOT) + ": " + done.tickets() + " tickets, " + done.events()
                            + " log entries");
        }
        update(c, "INSERT INTO privacy_erasure (id, office_id, erased_at, kind, requested_by, reason, tickets_erased,"
                        + " events_erased, kept_protocol, kept_documents, kept_dossiers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                UuidV7.next(), officeId, at, kind, clip(by, 64), clip(reason, 500), done.tickets(), done.events(),
                done.keptProtocol(), done.keptDocuments(), done.keptDossiers());
    }

    /**
     * Whole microseconds: the sync finds an erasure's tickets by {@code erased_at = occurred_at}, and
     * both columns keep microseconds.
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String clip(String text, int max) {
        String t = text == null ? "" : text.strip();
        return t.length() <= max ? t : t.substring(0, max);
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection c = office.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new SportelloException(Problem.OFFICE_UNAVAILABLE, e, e.getMessage());
        }
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        }
    }

    private static int count(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            ps.setObject(i + 1, a instanceof Instant t ? OffsetDateTime.ofInstant(t, ZoneOffset.UTC) : a);
        }
        return ps;
    }
}

package org.sportello.server.storage;

import static org.sportello.server.storage.schema.Tables.COUNTER;
import static org.sportello.server.storage.schema.Tables.COUNTER_SERVICE;
import static org.sportello.server.storage.schema.Tables.OPERATOR;
import static org.sportello.server.storage.schema.Tables.SERVICE;
import static org.sportello.server.storage.schema.Tables.TICKET;
import static org.sportello.server.storage.schema.Tables.TICKET_SEQUENCE;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.common.UuidV7;
import org.sportello.model.office.CounterState;
import org.sportello.server.storage.schema.tables.records.TicketRecord;
import org.sportello.model.queue.Appointed;
import org.sportello.model.queue.CounterRow;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueChanges;
import org.sportello.model.queue.QueueEvent;
import org.sportello.model.queue.QueueSettings;
import org.sportello.model.queue.QueueSnapshot;
import org.sportello.model.queue.ServiceDay;
import org.sportello.model.queue.Ticket;
import org.sportello.model.queue.TicketKind;
import org.sportello.model.queue.TicketRow;
import org.sportello.model.queue.TicketStatus;

/**
 * The office queue's rows: reads the {@link QueueSnapshot} the {@link org.sportello.model.queue.QueueModel}
 * starts from, and writes the model's {@link QueueChanges} in one transaction. No rule lives here.
 *
 * <p>Writes are plain JDBC batches on purpose: these five statements run for every queue change, and
 * rendering them through jOOQ each time cost a fifth of the office server's CPU (ADR 10).
 */
public final class QueueStore {
    private final OfficeDatabase database;
    private final UUID officeId;
    private final QueueSettings settings;

    /** A row was not in the state the queue expected: it was changed without the queue. */
    public static final class Conflict extends SQLException {
        Conflict(String what) {
            super("changed outside the office queue: " + what);
        }
    }

    public QueueStore(OfficeDatabase database, UUID officeId, QueueSettings settings) {
        this.database = database;
        this.officeId = officeId;
        this.settings = settings;
    }

    // ------------------------------------------------------------------ reading

    /** Everything the queue needs for {@code day}, read in one transaction. */
    public QueueSnapshot load(LocalDate day) {
        return read(db -> {
            List<CounterRow> counters = counters(db);
            List<TicketRow> tickets = db.selectFrom(TICKET)
                    .where(TICKET.OFFICE_ID.eq(officeId).and(TICKET.STATUS.in(TicketStatus.WAITING.name(),
                            TicketStatus.CALLED.name()).or(TICKET.SERVICE_DAY.ge(day.minusDays(1)))))
                    .fetch(QueueStore::toRow);
            Map<ServiceDay, Integer> numbers = new HashMap<>();
            db.select(TICKET_SEQUENCE.SERVICE_ID, TICKET_SEQUENCE.SERVICE_DAY, TICKET_SEQUENCE.LAST_NUMBER)
                    .from(TICKET_SEQUENCE)
                    .where(TICKET_SEQUENCE.OFFICE_ID.eq(officeId).and(TICKET_SEQUENCE.SERVICE_DAY.ge(day.minusDays(1))))
                    .forEach(r -> numbers.put(new ServiceDay(r.value1(), r.value2()), r.value3()));
            Map<UUID, List<Duration>> visits = new HashMap<>();
            for (UUID service : db.select(SERVICE.ID).from(SERVICE).where(SERVICE.OFFICE_ID.eq(officeId))
                    .fetch(SERVICE.ID)) {
                visits.put(service, db.select(TICKET.CALLED_AT, TICKET.FINISHED_AT).from(TICKET)
                        .where(TICKET.OFFICE_ID.eq(officeId).and(TICKET.SERVICE_ID.eq(service))
                                .and(TICKET.STATUS.eq(TicketStatus.DONE.name())).and(TICKET.CALLED_AT.isNotNull()))
                        // Fixed leading columns named so that ticket_finished_ix is read in order (V1_1).
                        .orderBy(TICKET.OFFICE_ID, TICKET.STATUS, TICKET.SERVICE_ID, TICKET.FINISHED_AT.desc())
                        .limit(settings.serviceTimeSample())
                        .fetch(r -> Duration.between(r.value1(), r.value2())));
            }
            Map<UUID, String> names = new HashMap<>();
            db.select(OPERATOR.ID, OPERATOR.DISPLAY_NAME).from(OPERATOR).where(OPERATOR.OFFICE_ID.eq(officeId))
                    .forEach(r -> names.put(r.value1(), r.value2()));
            return new QueueSnapshot(day, counters, tickets, numbers, visits, names);
        });
    }

    /** The counters as stored, with their weights: configuration may change while the office runs. */
    public List<CounterRow> counters() {
        return read(this::counters);
    }

    private List<CounterRow> counters(DSLContext db) {
        Map<UUID, Map<UUID, Integer>> weights = new HashMap<>();
        db.select(COUNTER_SERVICE.COUNTER_ID, COUNTER_SERVICE.SERVICE_ID, COUNTER_SERVICE.WEIGHT)
                .from(COUNTER_SERVICE).join(COUNTER).on(COUNTER.ID.eq(COUNTER_SERVICE.COUNTER_ID))
                .where(COUNTER.OFFICE_ID.eq(officeId))
                .forEach(r -> weights.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        return db.selectFrom(COUNTER).where(COUNTER.OFFICE_ID.eq(officeId)).orderBy(COUNTER.NUMBER)
                .fetch(r -> new CounterRow(r.getId(), r.getNumber(), CounterState.valueOf(r.getState()),
                        r.getPauseReason(), r.getOperatorId(), r.getVersion(), weights.getOrDefault(r.getId(), Map.of())));
    }

    private <T> T read(java.util.function.Function<DSLContext, T> work) {
        try (Connection c = database.dataSource().getConnection()) {
            return work.apply(DSL.using(c, SQLDialect.H2));
        } catch (SQLException | org.jooq.exception.DataAccessException e) {
            throw unavailable(e);
        }
    }

    static TicketRow toRow(TicketRecord r) {
        return new TicketRow(toTicket(r), r.getIssuedServiceId(), r.getOperatorId(), r.getVersion(),
                r.getIdempotencyKey(), r.getBookedOperatorId() == null ? null
                        : new Appointed(r.getBookedOperatorId(), instant(r.getCallFrom())));
    }

    static Ticket toTicket(TicketRecord r) {
        return new Ticket(r.getId(), r.getServiceId(), r.getServiceDay(), r.getNumber(), r.getCode(),
                TicketKind.valueOf(r.getKind()), priority(r.getPriority()),
                TicketStatus.valueOf(r.getStatus()), r.getLanguage(), instant(r.getIssuedAt()),
                instant(r.getQueuedSince()), instant(r.getCalledAt()), instant(r.getFinishedAt()), r.getCounterId(),
                r.getTargetCounterId(), r.getRecallCount(), r.getOutcome() == null ? null : Outcome.valueOf(r.getOutcome()),
                r.getEstimatedWaitMinutes(), r.getPeopleAhead(), r.getCitizenTaxCode());
    }

    /**
     * An erased priority class (NULL, ADR 0026) reads as standard: only closed tickets are erased, so it
     * no longer orders any line; statistics count tickets, not classes, once erased.
     */
    private static PriorityClass priority(String stored) {
        return stored == null ? PriorityClass.STANDARD : PriorityClass.valueOf(stored);
    }

    // ------------------------------------------------------------------ writing

    /**
     * Writes every change in one transaction and commits it. Throws when the database refused any of
     * it (nothing is then written): {@link SportelloException} with {@link Problem#OFFICE_UNAVAILABLE}
     * when the database cannot be reached, else {@link WriteRefused}.
     */
    public void write(QueueChanges changes) {
        if (changes.isEmpty()) {
            return;
        }
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                writeSequences(c, changes);
                writeInserts(c, changes);
                writeTicketUpdates(c, changes);
                writeCounters(c, changes);
                writeEvents(c, changes);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                throw e;
            }
        } catch (SQLException e) {
            if (!(e instanceof Conflict) && Transactions.isConnectionFailure(e)) {
                throw unavailable(e);
            }
            throw new WriteRefused(e);
        }
    }

    /** The database refused a turn's rows (a constraint, a row changed without the queue). */
    public static final class WriteRefused extends IllegalStateException {
        WriteRefused(SQLException cause) {
            super("the office database refused the queue's change: " + cause.getMessage(), cause);
        }
    }

    /**
     * True when a write failed because the rows moved on since the queue read them (a version or number
     * it expected, a retried tap already stored): it may succeed on the queue read again. Only another
     * process writing the same tables causes this.
     */
    static boolean isStale(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Conflict) {
                return true;
            }
        }
        return Transactions.isUniqueViolation(e, "ticket_idempotency_uk");
    }

    private SportelloException unavailable(Exception e) {
        return new SportelloException(Problem.OFFICE_UNAVAILABLE, e, database.url());
    }

    private void writeSequences(Connection c, QueueChanges changes) throws SQLException {
        for (QueueChanges.Numbering n : changes.numbers()) {
            String sql = n.before() == 0
                    ? "INSERT INTO ticket_sequence (last_number, office_id, service_id, service_day) VALUES (?, ?, ?, ?)"
                    : "UPDATE ticket_sequence SET last_number = ? WHERE office_id = ? AND service_id = ?"
                            + " AND service_day = ? AND last_number = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, n.after());
                ps.setObject(2, officeId);
                ps.setObject(3, n.key().serviceId());
                ps.setObject(4, n.key().day());
                if (n.before() != 0) {
                    ps.setInt(5, n.before());
                }
                if (ps.executeUpdate() != 1) {
                    throw new Conflict("ticket numbers of service " + n.key().serviceId() + " on " + n.key().day());
                }
            }
        }
    }

    private void writeInserts(Connection c, QueueChanges changes) throws SQLException {
        List<TicketRow> inserted = changes.insertedTickets();
        if (inserted.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ticket (id, office_id, issued_service_id,"
                + " service_day, number, code, kind, priority, language, issued_at, queued_since,"
                + " estimated_wait_minutes, people_ahead, idempotency_key, citizen_tax_code, service_id, status,"
                + " counter_id, operator_id, called_at, finished_at, target_counter_id, recall_count, outcome,"
                + " version, booked_operator_id, call_from)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (TicketRow row : inserted) {
                Ticket t = row.ticket();
                ps.setObject(1, t.id());
                ps.setObject(2, officeId);
                ps.setObject(3, row.issuedServiceId());
                ps.setObject(4, t.serviceDay());
                ps.setInt(5, t.number());
                ps.setString(6, t.code());
                ps.setString(7, t.kind().name());
                ps.setString(8, t.priority().name());
                ps.setString(9, t.language());
                ps.setObject(10, utc(t.issuedAt()));
                ps.setObject(11, utc(t.queuedSince()));
                setInteger(ps, 12, t.estimatedWaitMinutes());
                setInteger(ps, 13, t.peopleAhead());
                ps.setString(14, row.idempotencyKey());
                ps.setString(15, t.citizenTaxCode());
                int next = setChangingColumns(ps, 16, row);
                ps.setLong(next, row.version());
                ps.setObject(next + 1, row.appointed() == null ? null : row.appointed().operatorId());
                ps.setObject(next + 2, row.appointed() == null ? null : utc(row.appointed().callFrom()));
                ps.addBatch();
            }
            expectOneEach(ps.executeBatch(), "new tickets");
        }
    }

    private static void writeTicketUpdates(Connection c, QueueChanges changes) throws SQLException {
        List<QueueChanges.Update<TicketRow>> updated = changes.updatedTickets();
        if (updated.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE ticket SET service_id = ?, status = ?,"
                + " counter_id = ?, operator_id = ?, called_at = ?, finished_at = ?, target_counter_id = ?,"
                + " recall_count = ?, outcome = ?, version = ? WHERE id = ? AND version = ?")) {
            for (QueueChanges.Update<TicketRow> u : updated) {
                int next = setChangingColumns(ps, 1, u.row());
                ps.setLong(next, u.row().version());
                ps.setObject(next + 1, u.row().id());
                ps.setLong(next + 2, u.expectedVersion());
                ps.addBatch();
            }
            expectOneEach(ps.executeBatch(), "tickets");
        }
    }

    /** The columns a ticket's steps change, from {@code first} on; returns the next parameter index. */
    private static int setChangingColumns(PreparedStatement ps, int first, TicketRow row) throws SQLException {
        Ticket t = row.ticket();
        int i = first;
        ps.setObject(i++, t.serviceId());
        ps.setString(i++, t.status().name());
        ps.setObject(i++, t.counterId());
        ps.setObject(i++, row.operatorId());
        ps.setObject(i++, utc(t.calledAt()));
        ps.setObject(i++, utc(t.finishedAt()));
        ps.setObject(i++, t.targetCounterId());
        ps.setInt(i++, t.recallCount());
        ps.setString(i++, t.outcome() == null ? null : t.outcome().name());
        return i;
    }

    private static void writeCounters(Connection c, QueueChanges changes) throws SQLException {
        List<QueueChanges.Update<CounterRow>> updated = changes.updatedCounters();
        if (updated.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE counter SET state = ?, pause_reason = ?,"
                + " operator_id = ?, version = ? WHERE id = ? AND version = ?")) {
            for (QueueChanges.Update<CounterRow> u : updated) {
                CounterRow row = u.row();
                ps.setString(1, row.state().name());
                ps.setString(2, row.pauseReason());
                ps.setObject(3, row.operatorId());
                ps.setLong(4, row.version());
                ps.setObject(5, row.id());
                ps.setLong(6, u.expectedVersion());
                ps.addBatch();
            }
            expectOneEach(ps.executeBatch(), "counters");
        }
    }

    private void writeEvents(Connection c, QueueChanges changes) throws SQLException {
        List<QueueEvent> events = changes.events();
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO office_event (event_id, office_id, occurred_at,"
                + " type, ticket_id, ticket_code, service_id, counter_id, counter_number, operator_id, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (QueueEvent e : events) {
                ps.setObject(1, UuidV7.next());
                ps.setObject(2, officeId);
                ps.setObject(3, utc(e.at()));
                ps.setString(4, e.type().name());
                ps.setObject(5, e.ticketId());
                ps.setString(6, e.ticketCode());
                ps.setObject(7, e.serviceId());
                ps.setObject(8, e.counterId());
                setInteger(ps, 9, e.counterNumber());
                ps.setObject(10, e.operatorId());
                ps.setString(11, e.detail());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void expectOneEach(int[] counts, String what) throws Conflict {
        for (int n : counts) {
            if (n != 1) {
                throw new Conflict(what);
            }
        }
    }

    private static void setInteger(PreparedStatement ps, int i, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, value);
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; so is the transaction
        }
    }

    private static OffsetDateTime utc(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}

package org.sportello.model.persistence;

import static org.sportello.model.persistence.schema.Tables.COUNTER;
import static org.sportello.model.persistence.schema.Tables.COUNTER_SERVICE;
import static org.sportello.model.persistence.schema.Tables.OPERATOR;
import static org.sportello.model.persistence.schema.Tables.SERVICE;
import static org.sportello.model.persistence.schema.Tables.TICKET;
import static org.sportello.model.persistence.schema.Tables.TICKET_SEQUENCE;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.Role;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.common.UuidV7;
import org.sportello.model.events.EventType;
import org.sportello.model.office.CounterState;
import org.sportello.model.office.OfficeDirectory;
import org.sportello.model.office.OfficeInfo;
import org.sportello.model.office.ServiceInfo;
import org.sportello.model.person.CodiceFiscale;
import org.sportello.model.person.CodiceFiscaleCheck;
import org.sportello.model.queue.CallCandidate;
import org.sportello.model.queue.CallPolicy;
import org.sportello.model.queue.DayCloseReport;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueOverview;
import org.sportello.model.queue.QueueService;
import org.sportello.model.queue.QueueSettings;
import org.sportello.model.queue.Ticket;
import org.sportello.model.queue.TicketCode;
import org.sportello.model.queue.TicketKind;
import org.sportello.model.queue.TicketStatus;
import org.sportello.model.queue.WaitEstimator;
import org.sportello.model.persistence.schema.tables.records.CounterRecord;
import org.sportello.model.persistence.schema.tables.records.TicketRecord;

/** The office queue on the office database. See {@link QueueService} for the contract. */
public final class JooqQueueService implements QueueService {
    private final OfficeDirectory directory;
    private final OfficeInfo office;
    private final Transactions tx;
    private final EventWriter events;
    private final Clock clock;
    private final QueueSettings settings;
    private final CallPolicy policy;

    public JooqQueueService(OfficeDatabase database, OfficeDirectory directory, Clock clock, QueueSettings settings) {
        this.directory = directory;
        this.office = directory.office();
        this.tx = new Transactions(database);
        this.events = new EventWriter(office.id());
        this.clock = clock;
        this.settings = settings;
        this.policy = new CallPolicy(settings.agingLimit());
    }

    public JooqQueueService(OfficeDatabase database, OfficeDirectory directory) {
        this(database, directory, Clock.systemUTC(), QueueSettings.DEFAULT);
    }

    // ---------------------------------------------------------------- issue

    @Override
    public IssuedTicket issue(IssueRequest request) {
        ServiceInfo service = directory.serviceByPrefix(request.servicePrefix())
                .orElseThrow(() -> new SportelloException(Problem.UNKNOWN_SERVICE, request.servicePrefix()));
        Instant now = clock.instant();
        requireValidTaxCode(request.citizenTaxCode(), today(now));
        try {
            return tx.run(db -> issueIn(db, request, service, now));
        } catch (DataAccessException e) {
            // The same tap raced itself (two retries at once): the first one's ticket is the answer.
            if (Transactions.isUniqueViolation(e, "ticket_idempotency_uk")) {
                return findByIdempotencyKey(request.idempotencyKey(), service).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    private IssuedTicket issueIn(DSLContext db, IssueRequest request, ServiceInfo service, Instant now) {
        TicketRecord existing = db.selectFrom(TICKET).where(TICKET.IDEMPOTENCY_KEY.eq(request.idempotencyKey()))
                .fetchOne();
        if (existing != null) {
            return repeated(toTicket(existing), directory, service);
        }
        if (!service.hours().isOpenAt(now.atZone(office.zone()).toLocalDateTime())) {
            throw new SportelloException(Problem.SERVICE_CLOSED, service.prefix(),
                    service.hours().describe(java.util.Locale.ITALIAN));
        }
        LocalDate day = today(now);
        int number = nextNumber(db, service.id(), day);
        int ahead = peopleAhead(db, service.id(), request.priority());
        Duration estimate = WaitEstimator.estimate(ahead, openCounters(db, service.id()), averageVisit(db, service));
        UUID id = UuidV7.next(clock);
        String code = TicketCode.format(service.prefix(), number);
        // RETURNING: H2 hands back the stored row (defaults included) from the insert itself.
        TicketRecord stored = db.insertInto(TICKET)
                .set(TICKET.ID, id)
                .set(TICKET.OFFICE_ID, office.id())
                .set(TICKET.SERVICE_ID, service.id())
                .set(TICKET.ISSUED_SERVICE_ID, service.id())
                .set(TICKET.SERVICE_DAY, day)
                .set(TICKET.NUMBER, number)
                .set(TICKET.CODE, code)
                .set(TICKET.KIND, TicketKind.WALK_IN.name())
                .set(TICKET.PRIORITY, request.priority().name())
                .set(TICKET.STATUS, TicketStatus.WAITING.name())
                .set(TICKET.LANGUAGE, request.language())
                .set(TICKET.ISSUED_AT, utc(now))
                .set(TICKET.QUEUED_SINCE, utc(now))
                .set(TICKET.ESTIMATED_WAIT_MINUTES, WaitEstimator.minutesToShow(estimate))
                .set(TICKET.PEOPLE_AHEAD, ahead)
                .set(TICKET.IDEMPOTENCY_KEY, request.idempotencyKey())
                .set(TICKET.CITIZEN_TAX_CODE, request.citizenTaxCode())
                .returning()
                .fetchSingle();
        events.event(EventType.TICKET_ISSUED, now).ticket(id, code, service.id())
                .detail(request.priority().isPriority() ? request.priority().name() : null).write(db);
        return new IssuedTicket(toTicket(stored), service, ahead, estimate, false);
    }

    /** Gapless: the counter row is bumped in the issuing transaction, so a rollback gives the number back. */
    private int nextNumber(DSLContext db, UUID serviceId, LocalDate day) {
        Condition key = TICKET_SEQUENCE.OFFICE_ID.eq(office.id())
                .and(TICKET_SEQUENCE.SERVICE_ID.eq(serviceId))
                .and(TICKET_SEQUENCE.SERVICE_DAY.eq(day));
        int updated = db.update(TICKET_SEQUENCE).set(TICKET_SEQUENCE.LAST_NUMBER, TICKET_SEQUENCE.LAST_NUMBER.plus(1))
                .where(key).execute();
        if (updated == 0) {
            // First ticket of the day; a concurrent first insert loses on the primary key and retries.
            db.insertInto(TICKET_SEQUENCE)
                    .set(TICKET_SEQUENCE.OFFICE_ID, office.id())
                    .set(TICKET_SEQUENCE.SERVICE_ID, serviceId)
                    .set(TICKET_SEQUENCE.SERVICE_DAY, day)
                    .set(TICKET_SEQUENCE.LAST_NUMBER, 1)
                    .execute();
            return 1;
        }
        return db.select(TICKET_SEQUENCE.LAST_NUMBER).from(TICKET_SEQUENCE).where(key).fetchSingle().value1();
    }

    private Optional<IssuedTicket> findByIdempotencyKey(String key, ServiceInfo service) {
        return tx.run(db -> Optional.ofNullable(db.selectFrom(TICKET).where(TICKET.IDEMPOTENCY_KEY.eq(key)).fetchOne())
                .map(r -> repeated(toTicket(r), directory, service)));
    }

    /** The answer to a retried tap: the ticket as first issued, with what it said then. */
    static IssuedTicket repeated(Ticket t, OfficeDirectory directory, ServiceInfo requested) {
        ServiceInfo service = directory.services().stream().filter(s -> s.id().equals(t.serviceId())).findFirst()
                .orElse(requested);
        int ahead = t.peopleAhead() == null ? 0 : t.peopleAhead();
        int minutes = t.estimatedWaitMinutes() == null ? 0 : t.estimatedWaitMinutes();
        return new IssuedTicket(t, service, ahead, Duration.ofMinutes(minutes), true);
    }

    private int peopleAhead(DSLContext db, UUID serviceId, PriorityClass priority) {
        Condition waiting = TICKET.OFFICE_ID.eq(office.id()).and(TICKET.STATUS.eq(TicketStatus.WAITING.name()))
                .and(TICKET.SERVICE_ID.eq(serviceId));
        if (priority.isPriority()) {
            waiting = waiting.and(TICKET.PRIORITY.ne(PriorityClass.STANDARD.name()));
        }
        return db.fetchCount(TICKET, waiting);
    }

    private int openCounters(DSLContext db, UUID serviceId) {
        return db.fetchCount(db.select(COUNTER.ID).from(COUNTER).join(COUNTER_SERVICE)
                .on(COUNTER_SERVICE.COUNTER_ID.eq(COUNTER.ID))
                .where(COUNTER_SERVICE.SERVICE_ID.eq(serviceId).and(COUNTER.STATE.eq(CounterState.OPEN.name()))));
    }

    private Duration averageVisit(DSLContext db, ServiceInfo service) {
        List<Duration> visits = db.select(TICKET.CALLED_AT, TICKET.FINISHED_AT).from(TICKET)
                .where(TICKET.OFFICE_ID.eq(office.id()).and(TICKET.SERVICE_ID.eq(service.id()))
                        .and(TICKET.STATUS.eq(TicketStatus.DONE.name())).and(TICKET.CALLED_AT.isNotNull()))
                // Fixed leading columns named so that ticket_finished_ix is read in order (V1_1).
                .orderBy(TICKET.OFFICE_ID, TICKET.STATUS, TICKET.SERVICE_ID, TICKET.FINISHED_AT.desc())
                .limit(settings.serviceTimeSample())
                .fetch(r -> Duration.between(r.value1(), r.value2()));
        return WaitEstimator.averageVisit(visits, service.defaultServiceTime());
    }

    // ---------------------------------------------------------------- counters

    @Override
    public void openCounter(OperatorSession session, int counter) {
        session.require(Role.OPERATOR, "open a counter");
        setCounterState(session, counter, CounterState.OPEN, null, EventType.COUNTER_OPENED);
    }

    @Override
    public void closeCounter(OperatorSession session, int counter) {
        session.require(Role.OPERATOR, "close a counter");
        setCounterState(session, counter, CounterState.CLOSED, null, EventType.COUNTER_CLOSED);
    }

    @Override
    public void pause(OperatorSession session, int counter, String reason) {
        session.require(Role.OPERATOR, "pause a counter");
        requireReason(reason);
        setCounterState(session, counter, CounterState.PAUSED, reason.strip(), EventType.COUNTER_PAUSED);
    }

    @Override
    public void resume(OperatorSession session, int counter) {
        session.require(Role.OPERATOR, "resume a counter");
        setCounterState(session, counter, CounterState.OPEN, null, EventType.COUNTER_RESUMED);
    }

    private void setCounterState(OperatorSession session, int number, CounterState state, String reason,
                                 EventType type) {
        Instant now = clock.instant();
        tx.run(db -> {
            CounterRecord c = lockCounter(db, number);
            db.update(COUNTER)
                    .set(COUNTER.STATE, state.name())
                    .set(COUNTER.PAUSE_REASON, reason)
                    .set(COUNTER.OPERATOR_ID, state == CounterState.CLOSED ? null : session.operatorId())
                    .where(COUNTER.ID.eq(c.getId()))
                    .execute();
            events.event(type, now).counter(c.getId(), number).operator(session.operatorId()).detail(reason).write(db);
            return null;
        });
    }

    /** Takes the counter's row lock first, so two clicks at one counter run one after the other. */
    private CounterRecord lockCounter(DSLContext db, int number) {
        int updated = db.update(COUNTER).set(COUNTER.VERSION, COUNTER.VERSION.plus(1))
                .where(COUNTER.OFFICE_ID.eq(office.id()).and(COUNTER.NUMBER.eq(number))).execute();
        if (updated == 0) {
            throw new SportelloException(Problem.UNKNOWN_COUNTER, number);
        }
        return db.selectFrom(COUNTER).where(COUNTER.OFFICE_ID.eq(office.id()).and(COUNTER.NUMBER.eq(number)))
                .fetchSingle();
    }

    private CounterRecord lockOpenCounter(DSLContext db, int number) {
        CounterRecord c = lockCounter(db, number);
        if (CounterState.PAUSED.name().equals(c.getState())) {
            throw new SportelloException(Problem.COUNTER_PAUSED, number);
        }
        if (CounterState.CLOSED.name().equals(c.getState())) {
            throw new SportelloException(Problem.COUNTER_CLOSED, number);
        }
        return c;
    }

    // ---------------------------------------------------------------- calling

    @Override
    public Optional<Ticket> callNext(OperatorSession session, int counter) {
        session.require(Role.OPERATOR, "call a ticket");
        return tx.run(db -> {
            Instant now = clock.instant();
            CounterRecord c = lockOpenCounter(db, counter);
            requireIdle(db, c);
            Map<UUID, Integer> weights = weights(db, c.getId());
            for (int attempt = 0; attempt < 20; attempt++) {
                List<CallCandidate> candidates = candidates(db, c.getId(), weights);
                Optional<CallCandidate> chosen = policy.choose(candidates, weights, now);
                if (chosen.isEmpty()) {
                    return Optional.empty();
                }
                TicketRecord claimed = claim(db, chosen.get().ticketId(), c, session, now);
                if (claimed != null) {
                    Ticket t = toTicket(claimed);
                    events.event(EventType.TICKET_CALLED, now).ticket(t.id(), t.code(), t.serviceId())
                            .counter(c.getId(), counter).operator(session.operatorId()).write(db);
                    return Optional.of(t);
                }
                // Another counter claimed it first: choose again among those still waiting.
            }
            throw new Transactions.RetryException("call-next kept losing races");
        });
    }

    @Override
    public Ticket callSpecific(OperatorSession session, int counter, String code, String reason) {
        session.require(Role.OPERATOR, "call a ticket out of turn");
        requireReason(reason);
        return tx.run(db -> {
            Instant now = clock.instant();
            CounterRecord c = lockOpenCounter(db, counter);
            requireIdle(db, c);
            TicketRecord r = ticketRecordToday(db, code, now);
            if (!TicketStatus.WAITING.name().equals(r.getStatus())) {
                throw new SportelloException(Problem.TICKET_NOT_WAITING, r.getCode(), r.getStatus());
            }
            TicketRecord claimed = claim(db, r.getId(), c, session, now);
            if (claimed == null) {
                throw new SportelloException(Problem.TICKET_NOT_WAITING, r.getCode(), TicketStatus.CALLED);
            }
            Ticket t = toTicket(claimed);
            events.event(EventType.TICKET_CALLED, now).ticket(t.id(), t.code(), t.serviceId())
                    .counter(c.getId(), counter).operator(session.operatorId())
                    .detail("out of turn: " + reason.strip()).write(db);
            return t;
        });
    }

    /**
     * The claim is a conditional update: of two counters racing for one ticket, exactly one gets the
     * row back (the called ticket), the other null.
     */
    private TicketRecord claim(DSLContext db, UUID ticketId, CounterRecord c, OperatorSession session, Instant now) {
        return db.update(TICKET)
                .set(TICKET.STATUS, TicketStatus.CALLED.name())
                .set(TICKET.COUNTER_ID, c.getId())
                .set(TICKET.OPERATOR_ID, session.operatorId())
                .set(TICKET.CALLED_AT, utc(now))
                .set(TICKET.TARGET_COUNTER_ID, (UUID) null)
                .set(TICKET.RECALL_COUNT, 0)
                .set(TICKET.VERSION, TICKET.VERSION.plus(1))
                .where(TICKET.ID.eq(ticketId).and(TICKET.STATUS.eq(TicketStatus.WAITING.name())))
                .returning()
                .fetchOne();
    }

    private Map<UUID, Integer> weights(DSLContext db, UUID counterId) {
        Map<UUID, Integer> weights = new HashMap<>();
        db.select(COUNTER_SERVICE.SERVICE_ID, COUNTER_SERVICE.WEIGHT).from(COUNTER_SERVICE)
                .where(COUNTER_SERVICE.COUNTER_ID.eq(counterId))
                .forEach(r -> weights.put(r.value1(), r.value2()));
        return weights;
    }

    /**
     * Only the head of each line can win: per service the oldest ticket of each priority class, plus
     * the oldest ticket transferred to this counter.
     *
     * <p>Two statements: one SELECT whose columns are the heads' ids, one read of those rows. A UNION
     * of the heads would be one statement, but H2 does not keep a UNION in its per-session query
     * cache, so it parsed and planned all the heads again on every call: a sixth of the office
     * server's CPU under load.
     */
    private List<CallCandidate> candidates(DSLContext db, UUID counterId, Map<UUID, Integer> weights) {
        Condition waiting = TICKET.OFFICE_ID.eq(office.id()).and(TICKET.STATUS.eq(TicketStatus.WAITING.name()));
        List<Field<UUID>> heads = new ArrayList<>();
        // Sorted, so that the statement's text is the same on every call and H2 finds it in its cache.
        for (UUID service : weights.keySet().stream().sorted().toList()) {
            Condition line = waiting.and(TICKET.SERVICE_ID.eq(service)).and(TICKET.TARGET_COUNTER_ID.isNull());
            for (PriorityClass priority : PriorityClass.values()) {
                heads.add(DSL.field(head(db, line.and(TICKET.PRIORITY.eq(priority.name())))));
            }
        }
        heads.add(DSL.field(transferHead(db, waiting.and(TICKET.TARGET_COUNTER_ID.eq(counterId)))));
        List<UUID> ids = new ArrayList<>();
        Record row = db.select(heads).fetchOne();
        for (int i = 0; row != null && i < heads.size(); i++) {
            UUID id = (UUID) row.get(i);
            if (id != null) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.select(TICKET.ID, TICKET.SERVICE_ID, TICKET.PRIORITY, TICKET.QUEUED_SINCE, TICKET.TARGET_COUNTER_ID)
                .from(TICKET).where(TICKET.ID.in(ids))
                .fetch(r -> new CallCandidate(r.value1(), r.value2(), PriorityClass.valueOf(r.value3()),
                        r.value4().toInstant(), counterId.equals(r.value5())));
    }

    private static Select<Record1<UUID>> head(DSLContext db, Condition where) {
        // The leading columns are fixed by the WHERE; naming them lets H2 read ticket_waiting_ix in
        // order (the line-head index of V1_1 was dropped in V8: the office server calls from memory).
        return db.select(TICKET.ID).from(TICKET).where(where)
                .orderBy(TICKET.OFFICE_ID, TICKET.STATUS, TICKET.SERVICE_ID, TICKET.PRIORITY, TICKET.QUEUED_SINCE,
                        TICKET.NUMBER, TICKET.ID)
                .limit(1);
    }

    private static Select<Record1<UUID>> transferHead(DSLContext db, Condition where) {
        // As above (the transfer-head index of V3_2 was dropped in V8).
        return db.select(TICKET.ID).from(TICKET).where(where)
                .orderBy(TICKET.OFFICE_ID, TICKET.STATUS, TICKET.TARGET_COUNTER_ID, TICKET.QUEUED_SINCE, TICKET.NUMBER,
                        TICKET.ID)
                .limit(1);
    }

    private void requireIdle(DSLContext db, CounterRecord c) {
        TicketRecord current = currentRecord(db, c.getId());
        if (current != null) {
            throw new SportelloException(Problem.COUNTER_BUSY, c.getNumber(), current.getCode());
        }
    }

    // ---------------------------------------------------------------- serving

    @Override
    public Ticket recall(OperatorSession session, int counter) {
        session.require(Role.OPERATOR, "recall a ticket");
        return withCurrent(session, counter, (db, c, t, now) -> {
            db.update(TICKET).set(TICKET.RECALL_COUNT, TICKET.RECALL_COUNT.plus(1))
                    .set(TICKET.VERSION, TICKET.VERSION.plus(1)).where(TICKET.ID.eq(t.getId())).execute();
            events.event(EventType.TICKET_RECALLED, now).ticket(t.getId(), t.getCode(), t.getServiceId())
                    .counter(c.getId(), counter).operator(session.operatorId())
                    .detail(Integer.toString(t.getRecallCount() + 1)).write(db);
            return null;
        });
    }

    @Override
    public Ticket noShow(OperatorSession session, int counter) {
        session.require(Role.OPERATOR, "mark a no-show");
        return withCurrent(session, counter, (db, c, t, now) -> {
            if (t.getRecallCount() < settings.recallsBeforeNoShow()) {
                throw new SportelloException(Problem.NOT_ENOUGH_RECALLS, t.getCode(), t.getRecallCount(),
                        settings.recallsBeforeNoShow());
            }
            TicketRecord ended = end(db, t, TicketStatus.NO_SHOW, null, now);
            events.event(EventType.TICKET_NO_SHOW, now).ticket(t.getId(), t.getCode(), t.getServiceId())
                    .counter(c.getId(), counter).operator(session.operatorId()).write(db);
            return ended;
        });
    }

    @Override
    public Ticket finish(OperatorSession session, int counter, Outcome outcome) {
        session.require(Role.OPERATOR, "finish a ticket");
        return withCurrent(session, counter, (db, c, t, now) -> {
            TicketRecord ended = end(db, t, TicketStatus.DONE, outcome, now);
            events.event(EventType.TICKET_FINISHED, now).ticket(t.getId(), t.getCode(), t.getServiceId())
                    .counter(c.getId(), counter).operator(session.operatorId()).detail(outcome.name()).write(db);
            return ended;
        });
    }

    @Override
    public Ticket transferToService(OperatorSession session, int counter, String servicePrefix) {
        session.require(Role.OPERATOR, "transfer a ticket");
        ServiceInfo target = directory.serviceByPrefix(servicePrefix)
                .orElseThrow(() -> new SportelloException(Problem.UNKNOWN_SERVICE, servicePrefix));
        return withCurrent(session, counter, (db, c, t, now) -> {
            backToLine(db, t, target.id(), null);
            events.event(EventType.TICKET_TRANSFERRED, now).ticket(t.getId(), t.getCode(), target.id())
                    .counter(c.getId(), counter).operator(session.operatorId())
                    .detail("service " + target.prefix()).write(db);
            return null;
        });
    }

    @Override
    public Ticket transferToCounter(OperatorSession session, int counter, int targetCounter) {
        session.require(Role.OPERATOR, "transfer a ticket");
        return withCurrent(session, counter, (db, c, t, now) -> {
            CounterRecord target = db.selectFrom(COUNTER)
                    .where(COUNTER.OFFICE_ID.eq(office.id()).and(COUNTER.NUMBER.eq(targetCounter))).fetchOne();
            if (target == null) {
                throw new SportelloException(Problem.UNKNOWN_COUNTER, targetCounter);
            }
            backToLine(db, t, t.getServiceId(), target.getId());
            events.event(EventType.TICKET_TRANSFERRED, now).ticket(t.getId(), t.getCode(), t.getServiceId())
                    .counter(c.getId(), counter).operator(session.operatorId())
                    .detail("counter " + targetCounter).write(db);
            return null;
        });
    }

    /** Back into a line with the original queued_since: the citizen keeps their place. */
    private static void backToLine(DSLContext db, TicketRecord t, UUID serviceId, UUID targetCounter) {
        db.update(TICKET)
                .set(TICKET.STATUS, TicketStatus.WAITING.name())
                .set(TICKET.SERVICE_ID, serviceId)
                .set(TICKET.TARGET_COUNTER_ID, targetCounter)
                .set(TICKET.COUNTER_ID, (UUID) null)
                .set(TICKET.CALLED_AT, (OffsetDateTime) null)
                .set(TICKET.RECALL_COUNT, 0)
                .set(TICKET.VERSION, TICKET.VERSION.plus(1))
                .where(TICKET.ID.eq(t.getId()))
                .execute();
    }

    @Override
    public Ticket cancel(OperatorSession session, String code, String reason) {
        session.require(Role.OPERATOR, "cancel a ticket");
        requireReason(reason);
        return tx.run(db -> {
            Instant now = clock.instant();
            TicketRecord t = ticketRecordToday(db, code, now);
            if (!TicketStatus.valueOf(t.getStatus()).isOpen()) {
                throw new SportelloException(Problem.TICKET_NOT_WAITING, t.getCode(), t.getStatus());
            }
            end(db, t, TicketStatus.CANCELLED, null, now);
            events.event(EventType.TICKET_CANCELLED, now).ticket(t.getId(), t.getCode(), t.getServiceId())
                    .operator(session.operatorId()).detail(reason.strip()).write(db);
            return ticketById(db, t.getId());
        });
    }

    @Override
    public DayCloseReport closeDay(OperatorSession session) {
        session.require(Role.SUPERVISOR, "close the day");
        return tx.run(db -> {
            Instant now = clock.instant();
            LocalDate day = today(now);
            Condition open = TICKET.OFFICE_ID.eq(office.id()).and(TICKET.SERVICE_DAY.le(day))
                    .and(TICKET.STATUS.in(TicketStatus.WAITING.name(), TicketStatus.CALLED.name()));
            Map<UUID, Integer> perService = new HashMap<>();
            db.select(TICKET.SERVICE_ID, DSL.count()).from(TICKET).where(open).groupBy(TICKET.SERVICE_ID)
                    .forEach(r -> perService.put(r.value1(), r.value2()));
            db.update(TICKET).set(TICKET.STATUS, TicketStatus.UNSERVED.name()).set(TICKET.FINISHED_AT, utc(now))
                    .set(TICKET.VERSION, TICKET.VERSION.plus(1)).where(open).execute();
            db.update(COUNTER).set(COUNTER.STATE, CounterState.CLOSED.name()).set(COUNTER.PAUSE_REASON, (String) null)
                    .set(COUNTER.OPERATOR_ID, (UUID) null).set(COUNTER.VERSION, COUNTER.VERSION.plus(1))
                    .where(COUNTER.OFFICE_ID.eq(office.id())).execute();
            int served = db.fetchCount(TICKET, TICKET.OFFICE_ID.eq(office.id()).and(TICKET.SERVICE_DAY.eq(day))
                    .and(TICKET.STATUS.eq(TicketStatus.DONE.name())));
            List<DayCloseReport.ServiceCount> unserved = new ArrayList<>();
            for (ServiceInfo s : directory.services()) {
                int n = perService.getOrDefault(s.id(), 0);
                if (n > 0) {
                    unserved.add(new DayCloseReport.ServiceCount(s.prefix(), n));
                }
            }
            DayCloseReport report = new DayCloseReport(day, unserved, served);
            events.event(EventType.DAY_CLOSED, now).operator(session.operatorId())
                    .detail("unserved " + report.totalUnserved() + ", served " + served).write(db);
            return report;
        });
    }

    /** Changes the counter's current ticket; returns the changed row when it has it, else null (read again). */
    @FunctionalInterface
    private interface CurrentTicketAction {
        TicketRecord apply(DSLContext db, CounterRecord counter, TicketRecord ticket, Instant now);
    }

    private Ticket withCurrent(OperatorSession session, int counter, CurrentTicketAction action) {
        return tx.run(db -> {
            Instant now = clock.instant();
            CounterRecord c = lockCounter(db, counter);
            TicketRecord t = currentRecord(db, c.getId());
            if (t == null) {
                throw new SportelloException(Problem.NO_CURRENT_TICKET, counter);
            }
            TicketRecord changed = action.apply(db, c, t, now);
            return changed != null ? toTicket(changed) : ticketById(db, t.getId());
        });
    }

    private static TicketRecord end(DSLContext db, TicketRecord t, TicketStatus status, Outcome outcome, Instant now) {
        return db.update(TICKET)
                .set(TICKET.STATUS, status.name())
                .set(TICKET.OUTCOME, outcome == null ? null : outcome.name())
                .set(TICKET.FINISHED_AT, utc(now))
                .set(TICKET.VERSION, TICKET.VERSION.plus(1))
                .where(TICKET.ID.eq(t.getId()))
                .returning()
                .fetchSingle();
    }

    // ---------------------------------------------------------------- reading

    @Override
    public Optional<Ticket> current(int counter) {
        return tx.run(db -> {
            CounterRecord c = db.selectFrom(COUNTER)
                    .where(COUNTER.OFFICE_ID.eq(office.id()).and(COUNTER.NUMBER.eq(counter))).fetchOne();
            if (c == null) {
                throw new SportelloException(Problem.UNKNOWN_COUNTER, counter);
            }
            return Optional.ofNullable(currentRecord(db, c.getId())).map(JooqQueueService::toTicket);
        });
    }

    @Override
    public Optional<Ticket> findToday(String code) {
        return tx.run(db -> db.selectFrom(TICKET)
                .where(TICKET.OFFICE_ID.eq(office.id()).and(TICKET.SERVICE_DAY.eq(today(clock.instant())))
                        .and(TICKET.CODE.eq(code.strip().toUpperCase(java.util.Locale.ROOT))))
                .fetchOptional(JooqQueueService::toTicket));
    }

    @Override
    public List<Ticket> waiting() {
        return tx.run(db -> db.selectFrom(TICKET)
                .where(TICKET.OFFICE_ID.eq(office.id()).and(TICKET.STATUS.eq(TicketStatus.WAITING.name())))
                .orderBy(TICKET.QUEUED_SINCE, TICKET.NUMBER, TICKET.ID)
                .fetch(JooqQueueService::toTicket));
    }

    @Override
    public QueueOverview overview() {
        return tx.run(db -> {
            Instant now = clock.instant();
            LocalDate day = today(now);
            Map<UUID, Object[]> stats = new HashMap<>();
            db.select(TICKET.SERVICE_ID, DSL.count(),
                            DSL.count().filterWhere(TICKET.PRIORITY.ne(PriorityClass.STANDARD.name())),
                            DSL.min(TICKET.QUEUED_SINCE))
                    .from(TICKET)
                    .where(TICKET.OFFICE_ID.eq(office.id()).and(TICKET.STATUS.eq(TicketStatus.WAITING.name())))
                    .groupBy(TICKET.SERVICE_ID)
                    .forEach(r -> stats.put(r.value1(), new Object[] {r.value2(), r.value3(), r.value4()}));
            Map<UUID, Integer> served = new HashMap<>();
            db.select(TICKET.SERVICE_ID, DSL.count()).from(TICKET)
                    .where(TICKET.OFFICE_ID.eq(office.id()).and(TICKET.SERVICE_DAY.eq(day))
                            .and(TICKET.STATUS.eq(TicketStatus.DONE.name())))
                    .groupBy(TICKET.SERVICE_ID)
                    .forEach(r -> served.put(r.value1(), r.value2()));
            List<QueueOverview.ServiceQueue> services = new ArrayList<>();
            for (ServiceInfo s : directory.services()) {
                Object[] st = stats.get(s.id());
                int waiting = st == null ? 0 : (Integer) st[0];
                int priority = st == null ? 0 : (Integer) st[1];
                Duration longest = st == null || st[2] == null ? Duration.ZERO
                        : Duration.between(((OffsetDateTime) st[2]).toInstant(), now);
                services.add(new QueueOverview.ServiceQueue(s.id(), s.prefix(), waiting, priority,
                        longest.isNegative() ? Duration.ZERO : longest, served.getOrDefault(s.id(), 0)));
            }
            List<QueueOverview.CounterStatus> counters = db
                    .select(COUNTER.ID, COUNTER.NUMBER, COUNTER.STATE, COUNTER.PAUSE_REASON, OPERATOR.DISPLAY_NAME,
                            TICKET.CODE)
                    .from(COUNTER)
                    .leftJoin(OPERATOR).on(OPERATOR.ID.eq(COUNTER.OPERATOR_ID))
                    .leftJoin(TICKET).on(TICKET.COUNTER_ID.eq(COUNTER.ID)
                            .and(TICKET.STATUS.eq(TicketStatus.CALLED.name())))
                    .where(COUNTER.OFFICE_ID.eq(office.id()))
                    .orderBy(COUNTER.NUMBER)
                    .fetch(r -> new QueueOverview.CounterStatus(r.value1(), r.value2(),
                            CounterState.valueOf(r.value3()), r.value4(), r.value5(), r.value6()));
            return new QueueOverview(now, services, counters);
        });
    }

    // ---------------------------------------------------------------- helpers

    private TicketRecord currentRecord(DSLContext db, UUID counterId) {
        return db.selectFrom(TICKET)
                .where(TICKET.COUNTER_ID.eq(counterId).and(TICKET.STATUS.eq(TicketStatus.CALLED.name())))
                .orderBy(TICKET.CALLED_AT.desc()).limit(1).fetchOne();
    }

    private TicketRecord ticketRecordToday(DSLContext db, String code, Instant now) {
        String normalized = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        TicketRecord r = db.selectFrom(TICKET)
                .where(TICKET.OFFICE_ID.eq(office.id()).and(TICKET.SERVICE_DAY.eq(today(now)))
                        .and(TICKET.CODE.eq(normalized)))
                .fetchOne();
        if (r == null) {
            throw new SportelloException(Problem.UNKNOWN_TICKET, normalized);
        }
        return r;
    }

    private Ticket ticketById(DSLContext db, UUID id) {
        return toTicket(db.selectFrom(TICKET).where(TICKET.ID.eq(id)).fetchSingle());
    }

    private LocalDate today(Instant now) {
        return now.atZone(office.zone()).toLocalDate();
    }

    /** A code that fails any rule never reaches the ticket (null means no card was shown). */
    static void requireValidTaxCode(String taxCode, LocalDate today) {
        if (taxCode != null && CodiceFiscale.check(taxCode, today) instanceof CodiceFiscaleCheck.Invalid bad) {
            throw new SportelloException(Problem.INVALID_TAX_CODE, taxCode, bad.detail());
        }
    }

    static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new SportelloException(Problem.REASON_REQUIRED);
        }
    }

    private static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    static Ticket toTicket(TicketRecord r) {
        return new Ticket(r.getId(), r.getServiceId(), r.getServiceDay(), r.getNumber(), r.getCode(),
                TicketKind.valueOf(r.getKind()), PriorityClass.valueOf(r.getPriority()),
                TicketStatus.valueOf(r.getStatus()), r.getLanguage(), instant(r.getIssuedAt()),
                instant(r.getQueuedSince()), instant(r.getCalledAt()), instant(r.getFinishedAt()), r.getCounterId(),
                r.getTargetCounterId(), r.getRecallCount(), r.getOutcome() == null ? null : Outcome.valueOf(r.getOutcome()),
                r.getEstimatedWaitMinutes(), r.getPeopleAhead(), r.getCitizenTaxCode());
    }
}

package org.sportello.model.persistence;

import static org.sportello.model.persistence.schema.Tables.COUNTER;
import static org.sportello.model.persistence.schema.Tables.COUNTER_SERVICE;
import static org.sportello.model.persistence.schema.Tables.OFFICE_EVENT;
import static org.sportello.model.persistence.schema.Tables.OPERATOR;
import static org.sportello.model.persistence.schema.Tables.TICKET;
import static org.sportello.model.persistence.schema.Tables.TICKET_SEQUENCE;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
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

/**
 * The office queue held in memory by the JVM that hosts the office database (ADR 10). It applies
 * the same rules as {@link JooqQueueService} to its own copy of the open tickets, counters and
 * today's numbering, and records what changed in {@link QueueChanges}; {@link QueueTurns} writes
 * those changes in one transaction per turn and answers the callers only after the commit.
 *
 * <p>Not thread-safe: only the turn thread touches it. Every operation checks everything it needs
 * before it changes anything, so an operation that is refused leaves the state as it was.
 */
final class LiveQueue {
    /** Days of closed tickets kept for look-ups by code and retried taps; older ones are dropped. */
    private static final int DAYS_KEPT = 2;

    private final OfficeDirectory directory;
    private final OfficeInfo office;
    private final QueueChanges changes;
    private final Map<UUID, LiveTicket> tickets = new HashMap<>();
    private final Map<LocalDate, Map<String, UUID>> days = new HashMap<>();
    private final Map<String, UUID> byKey = new HashMap<>();
    private final Map<LocalDate, Map<UUID, Integer>> served = new HashMap<>();
    private final LiveLines lines = new LiveLines();
    private final Map<UUID, UUID> currentByCounter = new HashMap<>();
    private final Map<Integer, LiveCounter> counters = new HashMap<>();
    private final Map<UUID, String> operatorNames = new HashMap<>();
    private final Map<QueueChanges.SequenceKey, Integer> numbers = new HashMap<>();
    private final Map<UUID, ArrayDeque<Duration>> visits = new HashMap<>();
    private int visitSample;
    private long lastEventId;
    private DSLContext db;
    private Connection connection;

    private LiveQueue(OfficeDirectory directory) {
        this.directory = directory;
        this.office = directory.office();
        this.changes = new QueueChanges(office.id());
    }

    /** Reads the open tickets, the counters and the log's position from the database. */
    static LiveQueue load(Connection c, OfficeDirectory directory) {
        LiveQueue q = new LiveQueue(directory);
        q.begin(c);
        q.lastEventId = q.db.select(DSL.max(OFFICE_EVENT.ID)).from(OFFICE_EVENT)
                .where(OFFICE_EVENT.OFFICE_ID.eq(q.office.id())).fetchOptional(r -> r.value1()).orElse(0L);
        q.loadCounters();
        q.db.selectFrom(TICKET).where(TICKET.OFFICE_ID.eq(q.office.id())
                        .and(TICKET.STATUS.in(TicketStatus.WAITING.name(), TicketStatus.CALLED.name())))
                .forEach(r -> q.keep(toLive(r)));
        return q;
    }

    QueueChanges changes() {
        return changes;
    }

    /** Starts a turn on {@code c}; look-ups the memory cannot answer read through it. */
    void begin(Connection c) {
        connection = c;
        db = DSL.using(c, SQLDialect.H2);
    }

    /**
     * True when a queue event that this queue did not write has entered the log since the last look:
     * a ticket or counter changed behind its back (an older workstation, a hand-made fix), so the
     * memory may be stale and must be read again.
     */
    boolean changedElsewhere(Set<UUID> ownEventIds) throws SQLException {
        boolean foreign = false;
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, event_id, type FROM office_event"
                + " WHERE office_id = ? AND id > ? ORDER BY office_id, id")) {
            ps.setObject(1, office.id());
            ps.setLong(2, lastEventId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lastEventId = Math.max(lastEventId, rs.getLong(1));
                    foreign |= !ownEventIds.contains(rs.getObject(2, UUID.class)) && isQueueEvent(rs.getString(3));
                }
            }
        }
        return foreign;
    }

    private static boolean isQueueEvent(String type) {
        return type.startsWith("TICKET_") || type.startsWith("COUNTER_") || type.equals(EventType.DAY_CLOSED.name());
    }

    /** Counters and their weights are configuration too: read them again between turns. */
    void refreshCounters() {
        loadCounters();
    }

    private void loadCounters() {
        Map<UUID, Map<UUID, Integer>> weights = new HashMap<>();
        db.select(COUNTER_SERVICE.COUNTER_ID, COUNTER_SERVICE.SERVICE_ID, COUNTER_SERVICE.WEIGHT).from(COUNTER_SERVICE)
                .forEach(r -> weights.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        counters.clear();
        db.selectFrom(COUNTER).where(COUNTER.OFFICE_ID.eq(office.id())).forEach(r -> counters.put(r.getNumber(),
                new LiveCounter(r.getId(), r.getNumber(), CounterState.valueOf(r.getState()), r.getPauseReason(),
                        r.getOperatorId(), r.getVersion(), weights.getOrDefault(r.getId(), Map.of()))));
    }

    /** A view of the queue for one call: the caller's clock and settings, as the database service takes them. */
    QueueService at(Instant now, QueueSettings settings) {
        return new Call(now, settings);
    }

    // ------------------------------------------------------------------ state

    private void keep(LiveTicket t) {
        LiveTicket before = tickets.put(t.id(), t);
        if (before != null) {
            lines.remove(before);
            if (before.ticket().status() == TicketStatus.CALLED) {
                currentByCounter.remove(before.ticket().counterId(), before.id());
            }
        }
        lines.add(t);
        Ticket v = t.ticket();
        if (v.status() == TicketStatus.CALLED) {
            UUID held = currentByCounter.get(v.counterId());
            if (held == null || !tickets.containsKey(held)
                    || tickets.get(held).ticket().calledAt().isBefore(v.calledAt())) {
                currentByCounter.put(v.counterId(), v.id());
            }
        }
        if (t.idempotencyKey() != null) {
            byKey.put(t.idempotencyKey(), t.id());
        }
        Map<String, UUID> day = days.get(v.serviceDay());
        if (day != null) {
            day.put(v.code(), v.id());
        }
        if (v.status() == TicketStatus.DONE && (before == null || before.ticket().status() != TicketStatus.DONE)) {
            Map<UUID, Integer> s = served.get(v.serviceDay());
            if (s != null) {
                s.merge(v.serviceId(), 1, Integer::sum);
            }
        }
    }

    private LiveTicket change(LiveTicket before, Ticket after, UUID operator) {
        LiveTicket next = before.next(after, operator);
        keep(next);
        changes.updated(before, next);
        return next;
    }

    /** Today's tickets (and yesterday's, for taps retried over midnight) are read once, then kept. */
    private Map<String, UUID> day(LocalDate day) {
        Map<String, UUID> codes = days.get(day);
        if (codes != null) {
            return codes;
        }
        codes = new HashMap<>();
        days.put(day, codes);
        served.put(day, new HashMap<>());
        Map<UUID, Integer> servedThatDay = served.get(day);
        for (var r : db.selectFrom(TICKET).where(TICKET.OFFICE_ID.eq(office.id()).and(TICKET.SERVICE_DAY.eq(day)))
                .fetch()) {
            // Open tickets are in memory already, and newer there than in the database during a turn.
            LiveTicket t = tickets.computeIfAbsent(r.getId(), id -> toLive(r));
            codes.put(t.ticket().code(), t.id());
            if (t.idempotencyKey() != null) {
                byKey.put(t.idempotencyKey(), t.id());
            }
            if (t.ticket().status() == TicketStatus.DONE) {
                servedThatDay.merge(t.ticket().serviceId(), 1, Integer::sum);
            }
        }
        forgetBefore(day.minusDays(DAYS_KEPT));
        return codes;
    }

    private void forgetBefore(LocalDate oldest) {
        for (Iterator<Map.Entry<LocalDate, Map<String, UUID>>> it = days.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (e.getKey().isBefore(oldest)) {
                for (UUID id : e.getValue().values()) {
                    LiveTicket t = tickets.get(id);
                    if (t != null && !t.ticket().status().isOpen()) {
                        tickets.remove(id);
                        if (t.idempotencyKey() != null) {
                            byKey.remove(t.idempotencyKey());
                        }
                    }
                }
                served.remove(e.getKey());
                it.remove();
            }
        }
    }

    private int nextNumber(UUID serviceId, LocalDate day) {
        var key = new QueueChanges.SequenceKey(serviceId, day);
        int last = numbers.computeIfAbsent(key, k -> db.select(TICKET_SEQUENCE.LAST_NUMBER).from(TICKET_SEQUENCE)
                .where(TICKET_SEQUENCE.OFFICE_ID.eq(office.id()).and(TICKET_SEQUENCE.SERVICE_ID.eq(serviceId))
                        .and(TICKET_SEQUENCE.SERVICE_DAY.eq(day)))
                .fetchOptional(r -> r.value1()).orElse(0));
        numbers.put(key, last + 1);
        changes.numbered(serviceId, day, last, last + 1);
        return last + 1;
    }

    private Duration averageVisit(ServiceInfo service, int sample) {
        ArrayDeque<Duration> recent = visits.get(service.id());
        if (recent == null || sample > visitSample) {
            visitSample = Math.max(visitSample, sample);
            recent = new ArrayDeque<>(db.select(TICKET.CALLED_AT, TICKET.FINISHED_AT).from(TICKET)
                    .where(TICKET.OFFICE_ID.eq(office.id()).and(TICKET.SERVICE_ID.eq(service.id()))
                            .and(TICKET.STATUS.eq(TicketStatus.DONE.name())).and(TICKET.CALLED_AT.isNotNull()))
                    .orderBy(TICKET.OFFICE_ID, TICKET.STATUS, TICKET.SERVICE_ID, TICKET.FINISHED_AT.desc())
                    .limit(visitSample)
                    .fetch(r -> Duration.between(r.value1(), r.value2())));
            visits.put(service.id(), recent);
        }
        List<Duration> sampled = recent.stream().limit(sample).toList();
        return WaitEstimator.averageVisit(sampled, service.defaultServiceTime());
    }

    private void visited(Ticket done) {
        ArrayDeque<Duration> recent = visits.get(done.serviceId());
        if (recent != null && done.calledAt() != null) {
            recent.addFirst(Duration.between(done.calledAt(), done.finishedAt()));
            while (recent.size() > visitSample) {
                recent.removeLast();
            }
        }
    }

    private LiveCounter counter(int number) {
        LiveCounter c = counters.get(number);
        if (c == null) {
            loadCounters(); // added since the last read?
            c = counters.get(number);
        }
        if (c == null) {
            throw new SportelloException(Problem.UNKNOWN_COUNTER, number);
        }
        return c;
    }

    private LiveCounter setCounter(LiveCounter before, CounterState state, String reason, UUID operator) {
        LiveCounter after = before.with(state, reason, operator);
        counters.put(after.number(), after);
        changes.updated(before, after);
        return after;
    }

    private String operatorName(UUID id) {
        if (id == null) {
            return null;
        }
        return operatorNames.computeIfAbsent(id, k -> db.select(OPERATOR.DISPLAY_NAME).from(OPERATOR)
                .where(OPERATOR.ID.eq(k)).fetchOptional(r -> r.value1()).orElse(null));
    }

    private static LiveTicket toLive(org.sportello.model.persistence.schema.tables.records.TicketRecord r) {
        return new LiveTicket(JooqQueueService.toTicket(r), r.getIssuedServiceId(), r.getOperatorId(), r.getVersion(),
                r.getIdempotencyKey());
    }

    /** One call's view: its clock and settings. */
    private final class Call implements QueueService {
        private final Instant now;
        /** {@code now} as the database stores it (microseconds, rounded): what a ticket read back says. */
        private final Instant stamp;
        private final QueueSettings settings;
        private final LocalDate today;

        Call(Instant now, QueueSettings settings) {
            this.now = now;
            this.stamp = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                    .plusNanos((now.getNano() + 500L) / 1000L * 1000L);
            this.settings = settings;
            this.today = now.atZone(office.zone()).toLocalDate();
        }

        // -------------------------------------------------------------- issue

        @Override
        public IssuedTicket issue(IssueRequest request) {
            ServiceInfo service = directory.serviceByPrefix(request.servicePrefix())
                    .orElseThrow(() -> new SportelloException(Problem.UNKNOWN_SERVICE, request.servicePrefix()));
            String taxCode = request.citizenTaxCode();
            JooqQueueService.requireValidTaxCode(taxCode, today);
            day(today);
            day(today.minusDays(1));
            UUID existing = byKey.get(request.idempotencyKey());
            if (existing != null) {
                return JooqQueueService.repeated(tickets.get(existing).ticket(), directory, service);
            }
            if (!service.hours().isOpenAt(now.atZone(office.zone()).toLocalDateTime())) {
                throw new SportelloException(Problem.SERVICE_CLOSED, service.prefix(),
                        service.hours().describe(java.util.Locale.ITALIAN));
            }
            int ahead = lines.waiting(service.id(), request.priority().isPriority());
            int open = (int) counters.values().stream()
                    .filter(c -> c.state() == CounterState.OPEN && c.weights().containsKey(service.id())).count();
            Duration estimate = WaitEstimator.estimate(ahead, open, averageVisit(service, settings.serviceTimeSample()));
            int number = nextNumber(service.id(), today);
            UUID id = UuidV7.next(Clock.fixed(now, ZoneOffset.UTC));
            String code = TicketCode.format(service.prefix(), number);
            Ticket t = new Ticket(id, service.id(), today, number, code, TicketKind.WALK_IN, request.priority(),
                    TicketStatus.WAITING, request.language(), stamp, stamp, null, null, null, null, 0, null,
                    WaitEstimator.minutesToShow(estimate), ahead, taxCode);
            LiveTicket live = new LiveTicket(t, service.id(), null, 1, request.idempotencyKey());
            keep(live);
            changes.inserted(live);
            changes.event(EventType.TICKET_ISSUED, now, t, service.id(), null, null,
                    request.priority().isPriority() ? request.priority().name() : null);
            return new IssuedTicket(t, service, ahead, estimate, false);
        }

        // -------------------------------------------------------------- counters

        @Override
        public void openCounter(OperatorSession session, int counter) {
            session.require(Role.OPERATOR, "open a counter");
            counterState(session, counter, CounterState.OPEN, null, EventType.COUNTER_OPENED);
        }

        @Override
        public void closeCounter(OperatorSession session, int counter) {
            session.require(Role.OPERATOR, "close a counter");
            counterState(session, counter, CounterState.CLOSED, null, EventType.COUNTER_CLOSED);
        }

        @Override
        public void pause(OperatorSession session, int counter, String reason) {
            session.require(Role.OPERATOR, "pause a counter");
            JooqQueueService.requireReason(reason);
            counterState(session, counter, CounterState.PAUSED, reason.strip(), EventType.COUNTER_PAUSED);
        }

        @Override
        public void resume(OperatorSession session, int counter) {
            session.require(Role.OPERATOR, "resume a counter");
            counterState(session, counter, CounterState.OPEN, null, EventType.COUNTER_RESUMED);
        }

        private void counterState(OperatorSession session, int number, CounterState state, String reason,
                                  EventType type) {
            LiveCounter c = counter(number);
            LiveCounter after = setCounter(c, state, reason, state == CounterState.CLOSED ? null : session.operatorId());
            changes.event(type, now, null, null, after, session.operatorId(), reason);
        }

        private LiveCounter openCounter(int number) {
            LiveCounter c = counter(number);
            if (c.state() == CounterState.PAUSED) {
                throw new SportelloException(Problem.COUNTER_PAUSED, number);
            }
            if (c.state() == CounterState.CLOSED) {
                throw new SportelloException(Problem.COUNTER_CLOSED, number);
            }
            LiveTicket current = currentOf(c);
            if (current != null) {
                throw new SportelloException(Problem.COUNTER_BUSY, number, current.ticket().code());
            }
            return c;
        }

        // -------------------------------------------------------------- calling

        @Override
        public Optional<Ticket> callNext(OperatorSession session, int counter) {
            session.require(Role.OPERATOR, "call a ticket");
            LiveCounter c = openCounter(counter);
            List<CallCandidate> heads = lines.candidates(c.id(), c.weights().keySet());
            Optional<CallCandidate> chosen = new CallPolicy(settings.agingLimit()).choose(heads, c.weights(), now);
            return chosen.map(choice -> claim(session, c, tickets.get(choice.ticketId()), null));
        }

        @Override
        public Ticket callSpecific(OperatorSession session, int counter, String code, String reason) {
            session.require(Role.OPERATOR, "call a ticket out of turn");
            JooqQueueService.requireReason(reason);
            LiveCounter c = openCounter(counter);
            LiveTicket t = today(code);
            if (t.ticket().status() != TicketStatus.WAITING) {
                throw new SportelloException(Problem.TICKET_NOT_WAITING, t.ticket().code(), t.ticket().status().name());
            }
            return claim(session, c, t, "out of turn: " + reason.strip());
        }

        private Ticket claim(OperatorSession session, LiveCounter c, LiveTicket t, String detail) {
            Ticket v = t.ticket();
            Ticket called = step(v, v.serviceId(), TicketStatus.CALLED, stamp, v.finishedAt(), c.id(), null, 0,
                    v.outcome());
            change(t, called, session.operatorId());
            changes.event(EventType.TICKET_CALLED, now, called, called.serviceId(), c, session.operatorId(), detail);
            return called;
        }

        // -------------------------------------------------------------- serving

        @Override
        public Ticket recall(OperatorSession session, int counter) {
            session.require(Role.OPERATOR, "recall a ticket");
            LiveCounter c = counter(counter);
            LiveTicket t = requireCurrent(c);
            Ticket v = t.ticket();
            Ticket recalled = step(v, v.serviceId(), v.status(), v.calledAt(), v.finishedAt(), v.counterId(),
                    v.targetCounterId(), v.recallCount() + 1, v.outcome());
            change(t, recalled, t.operatorId());
            changes.event(EventType.TICKET_RECALLED, now, v, v.serviceId(), c, session.operatorId(),
                    Integer.toString(recalled.recallCount()));
            return recalled;
        }

        @Override
        public Ticket noShow(OperatorSession session, int counter) {
            session.require(Role.OPERATOR, "mark a no-show");
            LiveCounter c = counter(counter);
            LiveTicket t = requireCurrent(c);
            if (t.ticket().recallCount() < settings.recallsBeforeNoShow()) {
                throw new SportelloException(Problem.NOT_ENOUGH_RECALLS, t.ticket().code(), t.ticket().recallCount(),
                        settings.recallsBeforeNoShow());
            }
            Ticket ended = end(t, TicketStatus.NO_SHOW, null);
            changes.event(EventType.TICKET_NO_SHOW, now, ended, ended.serviceId(), c, session.operatorId(), null);
            return ended;
        }

        @Override
        public Ticket finish(OperatorSession session, int counter, Outcome outcome) {
            session.require(Role.OPERATOR, "finish a ticket");
            LiveCounter c = counter(counter);
            LiveTicket t = requireCurrent(c);
            Ticket ended = end(t, TicketStatus.DONE, outcome);
            visited(ended);
            changes.event(EventType.TICKET_FINISHED, now, ended, ended.serviceId(), c, session.operatorId(),
                    outcome.name());
            return ended;
        }

        @Override
        public Ticket transferToService(OperatorSession session, int counter, String servicePrefix) {
            session.require(Role.OPERATOR, "transfer a ticket");
            ServiceInfo target = directory.serviceByPrefix(servicePrefix)
                    .orElseThrow(() -> new SportelloException(Problem.UNKNOWN_SERVICE, servicePrefix));
            LiveCounter c = counter(counter);
            LiveTicket t = requireCurrent(c);
            Ticket moved = backToLine(t, target.id(), null);
            changes.event(EventType.TICKET_TRANSFERRED, now, moved, target.id(), c, session.operatorId(),
                    "service " + target.prefix());
            return moved;
        }

        @Override
        public Ticket transferToCounter(OperatorSession session, int counter, int targetCounter) {
            session.require(Role.OPERATOR, "transfer a ticket");
            LiveCounter c = counter(counter);
            LiveTicket t = requireCurrent(c);
            LiveCounter target = counter(targetCounter);
            Ticket moved = backToLine(t, t.ticket().serviceId(), target.id());
            changes.event(EventType.TICKET_TRANSFERRED, now, moved, moved.serviceId(), c, session.operatorId(),
                    "counter " + targetCounter);
            return moved;
        }

        /** Back into a line with the original queued_since: the citizen keeps their place. */
        private Ticket backToLine(LiveTicket t, UUID serviceId, UUID targetCounter) {
            Ticket v = t.ticket();
            Ticket waiting = step(v, serviceId, TicketStatus.WAITING, null, v.finishedAt(), null, targetCounter, 0,
                    v.outcome());
            change(t, waiting, t.operatorId());
            return waiting;
        }

        @Override
        public Ticket cancel(OperatorSession session, String code, String reason) {
            session.require(Role.OPERATOR, "cancel a ticket");
            JooqQueueService.requireReason(reason);
            LiveTicket t = today(code);
            if (!t.ticket().status().isOpen()) {
                throw new SportelloException(Problem.TICKET_NOT_WAITING, t.ticket().code(), t.ticket().status().name());
            }
            Ticket ended = end(t, TicketStatus.CANCELLED, null);
            changes.event(EventType.TICKET_CANCELLED, now, ended, ended.serviceId(), null, session.operatorId(),
                    reason.strip());
            return ended;
        }

        @Override
        public DayCloseReport closeDay(OperatorSession session) {
            session.require(Role.SUPERVISOR, "close the day");
            Map<String, UUID> codes = day(today);
            Map<UUID, Integer> perService = new HashMap<>();
            List<LiveTicket> open = tickets.values().stream()
                    .filter(t -> t.ticket().status().isOpen() && !t.ticket().serviceDay().isAfter(today))
                    .sorted(LiveTicket.PLACE_IN_LINE).toList();
            for (LiveTicket t : open) {
                perService.merge(t.ticket().serviceId(), 1, Integer::sum);
                Ticket v = t.ticket();
                change(t, step(v, v.serviceId(), TicketStatus.UNSERVED, v.calledAt(), stamp, v.counterId(),
                        v.targetCounterId(), v.recallCount(), v.outcome()), t.operatorId());
            }
            for (LiveCounter c : counters.values().stream().sorted(Comparator.comparingInt(LiveCounter::number)).toList()) {
                setCounter(c, CounterState.CLOSED, null, null);
            }
            int servedToday = (int) codes.values().stream()
                    .filter(id -> tickets.get(id).ticket().status() == TicketStatus.DONE).count();
            List<DayCloseReport.ServiceCount> unserved = new ArrayList<>();
            for (ServiceInfo s : directory.services()) {
                int n = perService.getOrDefault(s.id(), 0);
                if (n > 0) {
                    unserved.add(new DayCloseReport.ServiceCount(s.prefix(), n));
                }
            }
            DayCloseReport report = new DayCloseReport(today, unserved, servedToday);
            changes.event(EventType.DAY_CLOSED, now, null, null, null, session.operatorId(),
                    "unserved " + report.totalUnserved() + ", served " + servedToday);
            return report;
        }

        private Ticket end(LiveTicket t, TicketStatus status, Outcome outcome) {
            Ticket v = t.ticket();
            Ticket ended = step(v, v.serviceId(), status, v.calledAt(), stamp, v.counterId(), v.targetCounterId(),
                    v.recallCount(), outcome);
            change(t, ended, t.operatorId());
            return ended;
        }

        // -------------------------------------------------------------- reading

        @Override
        public Optional<Ticket> current(int counter) {
            return Optional.ofNullable(currentOf(counter(counter))).map(LiveTicket::ticket);
        }

        @Override
        public Optional<Ticket> findToday(String code) {
            UUID id = day(today).get(code.strip().toUpperCase(java.util.Locale.ROOT));
            return Optional.ofNullable(id).map(i -> tickets.get(i).ticket());
        }

        @Override
        public List<Ticket> waiting() {
            return lines.all().stream().map(LiveTicket::ticket).toList();
        }

        @Override
        public QueueOverview overview() {
            day(today);
            Map<UUID, Integer> servedToday = served.get(today);
            List<QueueOverview.ServiceQueue> services = new ArrayList<>();
            for (ServiceInfo s : directory.services()) {
                Instant oldest = lines.oldest(s.id());
                Duration longest = oldest == null ? Duration.ZERO : Duration.between(oldest, now);
                services.add(new QueueOverview.ServiceQueue(s.id(), s.prefix(), lines.waiting(s.id(), false),
                        lines.waiting(s.id(), true), longest.isNegative() ? Duration.ZERO : longest,
                        servedToday.getOrDefault(s.id(), 0)));
            }
            List<QueueOverview.CounterStatus> status = counters.values().stream()
                    .sorted(Comparator.comparingInt(LiveCounter::number))
                    .map(c -> {
                        LiveTicket current = currentOf(c);
                        return new QueueOverview.CounterStatus(c.id(), c.number(), c.state(), c.pauseReason(),
                                operatorName(c.operatorId()), current == null ? null : current.ticket().code());
                    })
                    .toList();
            return new QueueOverview(now, services, status);
        }

        // -------------------------------------------------------------- helpers

        private LiveTicket today(String code) {
            String normalized = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
            UUID id = day(today).get(normalized);
            if (id == null) {
                throw new SportelloException(Problem.UNKNOWN_TICKET, normalized);
            }
            return tickets.get(id);
        }

        private LiveTicket requireCurrent(LiveCounter c) {
            LiveTicket t = currentOf(c);
            if (t == null) {
                throw new SportelloException(Problem.NO_CURRENT_TICKET, c.number());
            }
            return t;
        }
    }

    /** The ticket after a step: what a step may change is named, the rest (who, when issued, where in line) stays. */
    private static Ticket step(Ticket v, UUID serviceId, TicketStatus status, Instant calledAt, Instant finishedAt,
                               UUID counterId, UUID targetCounterId, int recallCount, Outcome outcome) {
        return new Ticket(v.id(), serviceId, v.serviceDay(), v.number(), v.code(), v.kind(), v.priority(), status,
                v.language(), v.issuedAt(), v.queuedSince(), calledAt, finishedAt, counterId, targetCounterId,
                recallCount, outcome, v.estimatedWaitMinutes(), v.peopleAhead(), v.citizenTaxCode());
    }

    private LiveTicket currentOf(LiveCounter c) {
        UUID id = currentByCounter.get(c.id());
        return id == null ? null : tickets.get(id);
    }
}

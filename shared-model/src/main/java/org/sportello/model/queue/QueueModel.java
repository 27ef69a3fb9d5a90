package org.sportello.model.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
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
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.codicefiscale.CodiceFiscaleCheck;

/**
 * The office queue's rules, in one place: its state (the open tickets in line order, the counters
 * with their weights, today's numbers and tickets, recent visit times) and, for each
 * {@link QueueCommand}, the answer, the rows it changes and the log entries it appends
 * ({@link #changes()}). No database: whoever runs it loads a {@link QueueSnapshot} and writes the
 * changes.
 *
 * <p>Every command checks everything it needs before it changes anything, so a command that is
 * refused ({@link SportelloException}) leaves the state and the changes as they were. Not
 * thread-safe: one thread at a time.
 *
 * <p>Times are kept to the microsecond, as the office database stores them, so that a ticket held here
 * and the same ticket read back after a restart are equal.
 */
public final class QueueModel {
    /** Days of closed tickets kept for look-ups by code and retried taps; older ones are dropped. */
    private static final int DAYS_KEPT = 2;

    private final OfficeDirectory directory;
    private final OfficeInfo office;
    private final QueueSettings settings;
    private final CallPolicy policy;
    private final QueueChanges changes = new QueueChanges();
    private final Map<UUID, TicketRow> tickets = new HashMap<>();
    private final Map<LocalDate, Map<String, UUID>> days = new HashMap<>();
    private final Map<String, UUID> byKey = new HashMap<>();
    private final Map<LocalDate, Map<UUID, Integer>> served = new HashMap<>();
    private final QueueLines lines = new QueueLines();
    private final Map<UUID, UUID> currentByCounter = new HashMap<>();
    private final Map<Integer, CounterRow> counters = new TreeMap<>();
    private final Map<UUID, String> operatorNames = new HashMap<>();
    private final Map<ServiceDay, Integer> numbers = new HashMap<>();
    private final Map<UUID, ArrayDeque<Duration>> visits = new HashMap<>();

    public QueueModel(OfficeDirectory directory, QueueSettings settings, QueueSnapshot snapshot) {
        this.directory = directory;
        this.office = directory.office();
        this.settings = settings;
        this.policy = new CallPolicy(settings.agingLimit());
        replaceCounters(snapshot.counters());
        operatorNames.putAll(snapshot.operatorNames());
        numbers.putAll(snapshot.lastNumbers());
        snapshot.recentVisits().forEach((service, recent) -> visits.put(service,
                new ArrayDeque<>(recent.stream().limit(settings.serviceTimeSample()).toList())));
        for (LocalDate d = snapshot.day().minusDays(DAYS_KEPT - 1); !d.isAfter(snapshot.day()); d = d.plusDays(1)) {
            days.put(d, new HashMap<>());
            served.put(d, new HashMap<>());
        }
        for (TicketRow t : snapshot.tickets()) {
            keep(t, null);
        }
    }

    /** The changes made since they were last cleared. */
    public QueueChanges changes() {
        return changes;
    }

    /**
     * Counters and their weights are configuration an administrator may change while the office runs:
     * the rows as stored now (read when nothing is waiting to be written).
     */
    public void replaceCounters(List<CounterRow> stored) {
        counters.clear();
        stored.forEach(c -> counters.put(c.number(), c));
    }

    /** Runs one command at {@code now}: its answer, or the {@link SportelloException} that refuses it. */
    @SuppressWarnings("unchecked")
    public <R> R apply(QueueCommand<R> command, Instant now) {
        Call c = new Call(now);
        Object answer = switch (command) {
            case QueueCommand.Issue x -> c.issue(x.request(), null);
            case QueueCommand.CheckIn x -> c.issue(x.request(), x.appointed());
            case QueueCommand.OpenCounter x -> c.openCounter(x.session(), x.counter());
            case QueueCommand.CloseCounter x -> c.closeCounter(x.session(), x.counter());
            case QueueCommand.Pause x -> c.pause(x.session(), x.counter(), x.reason());
            case QueueCommand.Resume x -> c.resume(x.session(), x.counter());
            case QueueCommand.CallNext x -> c.callNext(x.session(), x.counter());
            case QueueCommand.CallSpecific x -> c.callSpecific(x.session(), x.counter(), x.code(), x.reason());
            case QueueCommand.Recall x -> c.recall(x.session(), x.counter());
            case QueueCommand.NoShow x -> c.noShow(x.session(), x.counter());
            case QueueCommand.Finish x -> c.finish(x.session(), x.counter(), x.outcome());
            case QueueCommand.TransferToService x -> c.transferToService(x.session(), x.counter(), x.servicePrefix());
            case QueueCommand.TransferToCounter x -> c.transferToCounter(x.session(), x.counter(), x.targetCounter());
            case QueueCommand.Cancel x -> c.cancel(x.session(), x.code(), x.reason());
            case QueueCommand.CloseDay x -> c.closeDay(x.session());
            case QueueCommand.Current x -> c.current(x.counter());
            case QueueCommand.FindToday x -> c.findToday(x.code());
            case QueueCommand.Waiting x -> c.waiting();
            case QueueCommand.Overview x -> c.overview();
        };
        return (R) answer;
    }

    // ------------------------------------------------------------------ rules every caller shares

    /** A code that fails any rule never reaches the ticket (null means no card was shown). */
    public static void requireValidTaxCode(String taxCode, LocalDate today) {
        if (taxCode != null && CodiceFiscale.check(taxCode, today) instanceof CodiceFiscaleCheck.Invalid bad) {
            throw new SportelloException(Problem.INVALID_TAX_CODE, taxCode, bad.detail());
        }
    }

    public static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new SportelloException(Problem.REASON_REQUIRED);
        }
    }

    /** The answer to a retried tap: the ticket as it is now, with what it said when first issued. */
    public static IssuedTicket repeated(Ticket t, OfficeDirectory directory, ServiceInfo requested, int openCounters) {
        ServiceInfo service = directory.services().stream().filter(s -> s.id().equals(t.serviceId())).findFirst()
                .orElse(requested);
        int ahead = t.peopleAhead() == null ? 0 : t.peopleAhead();
        int minutes = t.estimatedWaitMinutes() == null ? 0 : t.estimatedWaitMinutes();
        return new IssuedTicket(t, service, ahead, Duration.ofMinutes(minutes), openCounters, true);
    }

    /** {@code t} as the office database stores it: to the microsecond, rounded. */
    public static Instant stored(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).plusNanos((t.getNano() + 500L) / 1000L * 1000L);
    }

    // ------------------------------------------------------------------ state

    private void keep(TicketRow t, TicketRow before) {
        tickets.put(t.id(), t);
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
            if (v.status() == TicketStatus.DONE && (before == null || before.ticket().status() != TicketStatus.DONE)) {
                served.get(v.serviceDay()).merge(v.serviceId(), 1, Integer::sum);
            }
        }
    }

    private TicketRow change(TicketRow before, Ticket after, UUID operator) {
        TicketRow next = before.next(after, operator);
        keep(next, before);
        changes.updated(before, next);
        return next;
    }

    /**
     * Today's tickets by code. A day not seen yet starts empty (this queue is the only one that issues),
     * and closed tickets of days before yesterday are forgotten.
     */
    private Map<String, UUID> day(LocalDate day) {
        Map<String, UUID> codes = days.get(day);
        if (codes == null) {
            codes = new HashMap<>();
            days.put(day, codes);
            served.put(day, new HashMap<>());
            forgetBefore(day.minusDays(DAYS_KEPT - 1));
        }
        return codes;
    }

    private void forgetBefore(LocalDate oldest) {
        for (Iterator<Map.Entry<LocalDate, Map<String, UUID>>> it = days.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (e.getKey().isBefore(oldest)) {
                for (UUID id : e.getValue().values()) {
                    TicketRow t = tickets.get(id);
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
        ServiceDay key = new ServiceDay(serviceId, day);
        int last = numbers.getOrDefault(key, 0);
        numbers.put(key, last + 1);
        changes.numbered(key, last, last + 1);
        return last + 1;
    }

    private int openCounters(UUID serviceId) {
        return (int) counters.values().stream()
                .filter(c -> c.state() == CounterState.OPEN && c.weights().containsKey(serviceId)).count();
    }

    private Duration averageVisit(ServiceInfo service) {
        ArrayDeque<Duration> recent = visits.get(service.id());
        List<Duration> sampled = recent == null ? List.of() : List.copyOf(recent);
        return WaitEstimator.averageVisit(sampled, service.defaultServiceTime());
    }

    private void visited(Ticket done) {
        if (done.calledAt() == null) {
            return;
        }
        ArrayDeque<Duration> recent = visits.computeIfAbsent(done.serviceId(), k -> new ArrayDeque<>());
        recent.addFirst(Duration.between(done.calledAt(), done.finishedAt()));
        while (recent.size() > settings.serviceTimeSample()) {
            recent.removeLast();
        }
    }

    private CounterRow counter(int number) {
        CounterRow c = counters.get(number);
        if (c == null) {
            throw new SportelloException(Problem.UNKNOWN_COUNTER, number);
        }
        return c;
    }

    private CounterRow setCounter(CounterRow before, CounterState state, String reason, UUID operator) {
        CounterRow after = before.with(state, reason, operator);
        counters.put(after.number(), after);
        changes.updated(before, after);
        return after;
    }

    private TicketRow currentOf(CounterRow c) {
        UUID id = currentByCounter.get(c.id());
        return id == null ? null : tickets.get(id);
    }

    private void event(EventType type, Instant at, Ticket ticket, UUID serviceId, CounterRow counter, UUID operatorId,
                       String detail) {
        changes.event(new QueueEvent(type, at, ticket == null ? null : ticket.id(), ticket == null ? null : ticket.code(),
                serviceId, counter == null ? null : counter.id(), counter == null ? null : counter.number(), operatorId,
                detail));
    }

    /** The ticket after a step: what a step may change is named, the rest (who, when issued, where in line) stays. */
    private static Ticket step(Ticket v, UUID serviceId, TicketStatus status, Instant calledAt, Instant finishedAt,
                               UUID counterId, UUID targetCounterId, int recallCount, Outcome outcome) {
        return new Ticket(v.id(), serviceId, v.serviceDay(), v.number(), v.code(), v.kind(), v.priority(), status,
                v.language(), v.issuedAt(), v.queuedSince(), calledAt, finishedAt, counterId, targetCounterId,
                recallCount, outcome, v.estimatedWaitMinutes(), v.peopleAhead(), v.citizenTaxCode());
    }

    /** One command's view: its time. */
    private final class Call {
        private final Instant now;
        /** {@code now} as stored: what a ticket read back says. */
        private final Instant stamp;
        private final LocalDate today;

        Call(Instant now) {
            this.now = now;
            this.stamp = stored(now);
            this.today = now.atZone(office.zone()).toLocalDate();
        }

        // -------------------------------------------------------------- issue

        /** A kiosk tap, or a check-in when {@code appointed} is set: then an APPOINTMENT ticket (ADR 34). */
        IssuedTicket issue(IssueRequest request, Appointed appointed) {
            ServiceInfo service = directory.serviceByPrefix(request.servicePrefix())
                    .orElseThrow(() -> new SportelloException(Problem.UNKNOWN_SERVICE, request.servicePrefix()));
            String taxCode = request.citizenTaxCode();
            requireValidTaxCode(taxCode, today);
            day(today);
            UUID existing = byKey.get(request.idempotencyKey());
            if (existing != null) {
                Ticket again = tickets.get(existing).ticket();
                return repeated(again, directory, service, openCounters(again.serviceId()));
            }
            // An appointment is itself the promise that someone receives the citizen now.
            if (appointed == null && !service.hours().isOpenAt(now.atZone(office.zone()).toLocalDateTime())) {
                throw new SportelloException(Problem.SERVICE_CLOSED, service.prefix(),
                        service.hours().describe(Locale.ITALIAN));
            }
            int ahead = lines.waiting(service.id(), request.priority().isPriority());
            int open = openCounters(service.id());
            Duration estimate = WaitEstimator.estimate(ahead, open, averageVisit(service));
            int number = nextNumber(service.id(), today);
            UUID id = UuidV7.next(Clock.fixed(now, ZoneOffset.UTC));
            String code = TicketCode.format(service.prefix(), number);
            TicketKind kind = appointed == null ? TicketKind.WALK_IN : TicketKind.APPOINTMENT;
            Ticket t = new Ticket(id, service.id(), today, number, code, kind, request.priority(),
                    TicketStatus.WAITING, request.language(), stamp, stamp, null, null, null, null, 0, null,
                    WaitEstimator.minutesToShow(estimate), ahead, taxCode);
            TicketRow row = new TicketRow(t, service.id(), null, 1, request.idempotencyKey(), appointed);
            keep(row, null);
            changes.inserted(row);
            event(EventType.TICKET_ISSUED, now, t, service.id(), null, null,
                    request.priority().isPriority() ? request.priority().name() : null);
            return new IssuedTicket(t, service, ahead, estimate, open, false);
        }

        // -------------------------------------------------------------- counters

        Void openCounter(OperatorSession session, int counter) {
            session.require(Role.OPERATOR, "open a counter");
            return counterState(session, counter, CounterState.OPEN, null, EventType.COUNTER_OPENED);
        }

        Void closeCounter(OperatorSession session, int counter) {
            session.require(Role.OPERATOR, "close a counter");
            return counterState(session, counter, CounterState.CLOSED, null, EventType.COUNTER_CLOSED);
        }

        Void pause(OperatorSession session, int counter, String reason) {
            session.require(Role.OPERATOR, "pause a counter");
            requireReason(reason);
            return counterState(session, counter, CounterState.PAUSED, reason.strip(), EventType.COUNTER_PAUSED);
        }

        Void resume(OperatorSession session, int counter) {
            session.require(Role.OPERATOR, "resume a counter");
            return counterState(session, counter, CounterState.OPEN, null, EventType.COUNTER_RESUMED);
        }

        private Void counterState(OperatorSession session, int number, CounterState state, String reason,
                                  EventType type) {
            CounterRow c = counter(number);
            if (state != CounterState.CLOSED && session.displayName() != null) {
                operatorNames.putIfAbsent(session.operatorId(), session.displayName());
            }
            CounterRow after = setCounter(c, state, reason, state == CounterState.CLOSED ? null : session.operatorId());
            event(type, now, null, null, after, session.operatorId(), reason);
            return null;
        }

        private CounterRow idleOpenCounter(int number) {
            CounterRow c = counter(number);
            if (c.state() == CounterState.PAUSED) {
                throw new SportelloException(Problem.COUNTER_PAUSED, number);
            }
            if (c.state() == CounterState.CLOSED) {
                throw new SportelloException(Problem.COUNTER_CLOSED, number);
            }
            TicketRow current = currentOf(c);
            if (current != null) {
                throw new SportelloException(Problem.COUNTER_BUSY, number, current.ticket().code());
            }
            return c;
        }

        // -------------------------------------------------------------- calling

        Optional<Ticket> callNext(OperatorSession session, int counter) {
            session.require(Role.OPERATOR, "call a ticket");
            CounterRow c = idleOpenCounter(counter);
            List<CallCandidate> heads = new ArrayList<>(lines.candidates(c.id(), c.weights().keySet()));
            Map<UUID, CallCandidate> appointments = lines.appointmentHeads();
            if (!appointments.isEmpty()) {
                java.util.Set<UUID> atCounters = new java.util.HashSet<>();
                counters.values().stream().filter(k -> k.state() != CounterState.CLOSED && k.operatorId() != null)
                        .forEach(k -> atCounters.add(k.operatorId()));
                boolean supervisor = session.role().includes(Role.SUPERVISOR);
                appointments.forEach((bookedWith, head) -> {
                    if (CallPolicy.offers(bookedWith, session.operatorId(), supervisor, atCounters)) {
                        heads.add(head);
                    }
                });
            }
            return policy.choose(heads, c.weights(), now)
                    .map(choice -> claim(session, c, tickets.get(choice.ticketId()), null));
        }

        Ticket callSpecific(OperatorSession session, int counter, String code, String reason) {
            session.require(Role.OPERATOR, "call a ticket out of turn");
            requireReason(reason);
            CounterRow c = idleOpenCounter(counter);
            TicketRow t = today(code);
            if (t.ticket().status() != TicketStatus.WAITING) {
                throw new SportelloException(Problem.TICKET_NOT_WAITING, t.ticket().code(), t.ticket().status().name());
            }
            return claim(session, c, t, "out of turn: " + reason.strip());
        }

        private Ticket claim(OperatorSession session, CounterRow c, TicketRow t, String detail) {
            Ticket v = t.ticket();
            Ticket called = step(v, v.serviceId(), TicketStatus.CALLED, stamp, v.finishedAt(), c.id(), null, 0,
                    v.outcome());
            change(t, called, session.operatorId());
            event(EventType.TICKET_CALLED, now, called, called.serviceId(), c, session.operatorId(), detail);
            return called;
        }

        // -------------------------------------------------------------- serving

        Ticket recall(OperatorSession session, int counter) {
            session.require(Role.OPERATOR, "recall a ticket");
            CounterRow c = counter(counter);
            TicketRow t = requireCurrent(c);
            Ticket v = t.ticket();
            Ticket recalled = step(v, v.serviceId(), v.status(), v.calledAt(), v.finishedAt(), v.counterId(),
                    v.targetCounterId(), v.recallCount() + 1, v.outcome());
            change(t, recalled, t.operatorId());
            event(EventType.TICKET_RECALLED, now, v, v.serviceId(), c, session.operatorId(),
                    Integer.toString(recalled.recallCount()));
            return recalled;
        }

        Ticket noShow(OperatorSession session, int counter) {
            session.require(Role.OPERATOR, "mark a no-show");
            CounterRow c = counter(counter);
            TicketRow t = requireCurrent(c);
            if (t.ticket().recallCount() < settings.recallsBeforeNoShow()) {
                throw new SportelloException(Problem.NOT_ENOUGH_RECALLS, t.ticket().code(), t.ticket().recallCount(),
                        settings.recallsBeforeNoShow());
            }
            Ticket ended = end(t, TicketStatus.NO_SHOW, null);
            event(EventType.TICKET_NO_SHOW, now, ended, ended.serviceId(), c, session.operatorId(), null);
            return ended;
        }

        Ticket finish(OperatorSession session, int counter, Outcome outcome) {
            session.require(Role.OPERATOR, "finish a ticket");
            CounterRow c = counter(counter);
            TicketRow t = requireCurrent(c);
            Ticket ended = end(t, TicketStatus.DONE, outcome);
            visited(ended);
            event(EventType.TICKET_FINISHED, now, ended, ended.serviceId(), c, session.operatorId(), outcome.name());
            return ended;
        }

        Ticket transferToService(OperatorSession session, int counter, String servicePrefix) {
            session.require(Role.OPERATOR, "transfer a ticket");
            ServiceInfo target = directory.serviceByPrefix(servicePrefix)
                    .orElseThrow(() -> new SportelloException(Problem.UNKNOWN_SERVICE, servicePrefix));
            CounterRow c = counter(counter);
            TicketRow t = requireCurrent(c);
            Ticket moved = backToLine(t, target.id(), null);
            event(EventType.TICKET_TRANSFERRED, now, moved, target.id(), c, session.operatorId(),
                    "service " + target.prefix());
            return moved;
        }

        Ticket transferToCounter(OperatorSession session, int counter, int targetCounter) {
            session.require(Role.OPERATOR, "transfer a ticket");
            CounterRow c = counter(counter);
            TicketRow t = requireCurrent(c);
            CounterRow target = counter(targetCounter);
            Ticket moved = backToLine(t, t.ticket().serviceId(), target.id());
            event(EventType.TICKET_TRANSFERRED, now, moved, moved.serviceId(), c, session.operatorId(),
                    "counter " + targetCounter);
            return moved;
        }

        /** Back into a line with the original queued_since: the citizen keeps their place. */
        private Ticket backToLine(TicketRow t, UUID serviceId, UUID targetCounter) {
            Ticket v = t.ticket();
            Ticket waiting = step(v, serviceId, TicketStatus.WAITING, null, v.finishedAt(), null, targetCounter, 0,
                    v.outcome());
            change(t, waiting, t.operatorId());
            return waiting;
        }

        Ticket cancel(OperatorSession session, String code, String reason) {
            session.require(Role.OPERATOR, "cancel a ticket");
            requireReason(reason);
            TicketRow t = today(code);
            if (!t.ticket().status().isOpen()) {
                throw new SportelloException(Problem.TICKET_NOT_WAITING, t.ticket().code(), t.ticket().status().name());
            }
            Ticket ended = end(t, TicketStatus.CANCELLED, null);
            event(EventType.TICKET_CANCELLED, now, ended, ended.serviceId(), null, session.operatorId(), reason.strip());
            return ended;
        }

        DayCloseReport closeDay(OperatorSession session) {
            session.require(Role.SUPERVISOR, "close the day");
            Map<String, UUID> codes = day(today);
            Map<UUID, Integer> perService = new HashMap<>();
            List<TicketRow> open = tickets.values().stream()
                    .filter(t -> t.ticket().status().isOpen() && !t.ticket().serviceDay().isAfter(today))
                    .sorted(TicketRow.PLACE_IN_LINE).toList();
            for (TicketRow t : open) {
                perService.merge(t.ticket().serviceId(), 1, Integer::sum);
                Ticket v = t.ticket();
                change(t, step(v, v.serviceId(), TicketStatus.UNSERVED, v.calledAt(), stamp, v.counterId(),
                        v.targetCounterId(), v.recallCount(), v.outcome()), t.operatorId());
            }
            for (CounterRow c : List.copyOf(counters.values())) {
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
            event(EventType.DAY_CLOSED, now, null, null, null, session.operatorId(),
                    "unserved " + report.totalUnserved() + ", served " + servedToday);
            return report;
        }

        private Ticket end(TicketRow t, TicketStatus status, Outcome outcome) {
            Ticket v = t.ticket();
            Ticket ended = step(v, v.serviceId(), status, v.calledAt(), stamp, v.counterId(), v.targetCounterId(),
                    v.recallCount(), outcome);
            change(t, ended, t.operatorId());
            return ended;
        }

        // -------------------------------------------------------------- reading

        Optional<Ticket> current(int counter) {
            return Optional.ofNullable(currentOf(counter(counter))).map(TicketRow::ticket);
        }

        Optional<Ticket> findToday(String code) {
            UUID id = day(today).get(code.strip().toUpperCase(Locale.ROOT));
            return Optional.ofNullable(id).map(i -> tickets.get(i).ticket());
        }

        List<Ticket> waiting() {
            return lines.all().stream().map(TicketRow::ticket).toList();
        }

        QueueOverview overview() {
            day(today);
            Map<UUID, Integer> servedToday = served.get(today);
            List<QueueOverview.ServiceQueue> services = new ArrayList<>();
            for (ServiceInfo s : directory.services()) {
                Instant oldest = lines.oldest(s.id());
                Duration longest = oldest == null ? Duration.ZERO : Duration.between(oldest, now);
                services.add(new QueueOverview.ServiceQueue(s.id(), s.prefix(), lines.waiting(s.id(), false),
                        lines.waiting(s.id(), true), longest.isNegative() ? Duration.ZERO : longest,
                        servedToday == null ? 0 : servedToday.getOrDefault(s.id(), 0)));
            }
            List<QueueOverview.CounterStatus> status = counters.values().stream()
                    .map(c -> {
                        TicketRow current = currentOf(c);
                        return new QueueOverview.CounterStatus(c.id(), c.number(), c.state(), c.pauseReason(),
                                c.operatorId() == null ? null : operatorNames.get(c.operatorId()),
                                current == null ? null : current.ticket().code());
                    })
                    .toList();
            return new QueueOverview(now, services, status);
        }

        // -------------------------------------------------------------- helpers

        private TicketRow today(String code) {
            String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
            UUID id = day(today).get(normalized);
            if (id == null) {
                throw new SportelloException(Problem.UNKNOWN_TICKET, normalized);
            }
            return tickets.get(id);
        }

        private TicketRow requireCurrent(CounterRow c) {
            TicketRow t = currentOf(c);
            if (t == null) {
                throw new SportelloException(Problem.NO_CURRENT_TICKET, c.number());
            }
            return t;
        }
    }
}

package org.sportello.model.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.Role;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.office.CounterInfo;
import org.sportello.model.office.CounterState;
import org.sportello.model.office.OfficeDirectory;
import org.sportello.model.office.ServiceInfo;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.codicefiscale.CodiceFiscaleCheck;

/**
 * The queue's rules written the plain way, for tests only: every ticket ever issued in one list,
 * searched from the start at every step; no lines, no indexes, no turns, no database. The served queue
 * must give the same answers on the same office day (see {@code RandomOfficeDayTest}).
 *
 * <p>It shares with production only the small rule classes a reader checks by eye ({@link CallPolicy},
 * {@link WaitEstimator}, {@link TicketCode}, the codice fiscale check), not the bookkeeping.
 */
public final class ReferenceQueue implements QueueService {
    /** One log entry, as text: type, ticket code, service, counter, operator, detail. */
    public record Entry(String type, String code, UUID serviceId, Integer counter, UUID operatorId, String detail) {
    }

    private static final class Counter {
        final UUID id;
        final int number;
        final Map<UUID, Integer> weights;
        CounterState state;
        String pauseReason;
        UUID operatorId;

        Counter(CounterInfo info) {
            this.id = info.id();
            this.number = info.number();
            this.weights = info.serviceWeights();
            this.state = info.state();
            this.pauseReason = info.pauseReason();
            this.operatorId = info.operatorId();
        }
    }

    private final OfficeDirectory directory;
    private final Clock clock;
    private final QueueSettings settings;
    private final List<Ticket> tickets = new ArrayList<>();
    private final Map<UUID, String> keys = new HashMap<>();
    private final List<Counter> counters = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<UUID, String> names = new HashMap<>();
    private final List<Entry> log = new ArrayList<>();

    public ReferenceQueue(OfficeDirectory directory, Clock clock, QueueSettings settings) {
        this.directory = directory;
        this.clock = clock;
        this.settings = settings;
        directory.counters().forEach(c -> counters.add(new Counter(c)));
    }

    public List<Ticket> tickets() {
        return List.copyOf(tickets);
    }

    public List<Entry> log() {
        return List.copyOf(log);
    }

    /** Last number per "prefix day", e.g. "A 2026-11-24" → 12. */
    public Map<String, Integer> numbers() {
        return Map.copyOf(numbers);
    }

    // ------------------------------------------------------------------ calls

    @Override
    public IssuedTicket issue(IssueRequest request) {
        invalidIf(request == null, "request missing");
        invalidIf(!request.language().matches("[A-Za-z]{2,3}"), "language must be 2 or 3 letters");
        invalidIf(request.servicePrefix().strip().length() > 16, "service longer than 16 characters");
        invalidIf(request.citizenTaxCode() != null && request.citizenTaxCode().length() > 32,
                "tax code longer than 32 characters");
        Instant now = clock.instant();
        ServiceInfo service = service(request.servicePrefix());
        if (request.citizenTaxCode() != null
                && CodiceFiscale.check(request.citizenTaxCode(), today(now)) instanceof CodiceFiscaleCheck.Invalid bad) {
            throw new SportelloException(Problem.INVALID_TAX_CODE, request.citizenTaxCode(), bad.detail());
        }
        for (Ticket t : tickets) {
            if (request.idempotencyKey().equals(keys.get(t.id()))) {
                ServiceInfo now_ = directory.services().stream().filter(s -> s.id().equals(t.serviceId())).findFirst()
                        .orElse(service);
                return new IssuedTicket(t, now_, t.peopleAhead(), Duration.ofMinutes(t.estimatedWaitMinutes()),
                        openCounters(t.serviceId()), true);
            }
        }
        if (!service.hours().isOpenAt(now.atZone(zone()).toLocalDateTime())) {
            throw new SportelloException(Problem.SERVICE_CLOSED, service.prefix(), service.hours().describe(Locale.ITALIAN));
        }
        int ahead = 0;
        for (Ticket t : tickets) {
            if (t.status() == TicketStatus.WAITING && t.serviceId().equals(service.id())
                    && (!request.priority().isPriority() || t.priority().isPriority())) {
                ahead++;
            }
        }
        int open = openCounters(service.id());
        List<Duration> visits = tickets.stream()
                .filter(t -> t.status() == TicketStatus.DONE && t.serviceId().equals(service.id()) && t.calledAt() != null)
                .sorted(Comparator.comparing(Ticket::finishedAt).reversed())
                .limit(settings.serviceTimeSample())
                .map(t -> Duration.between(t.calledAt(), t.finishedAt()))
                .toList();
        Duration estimate = WaitEstimator.estimate(ahead, open, WaitEstimator.averageVisit(visits,
                service.defaultServiceTime()));
        String day = service.prefix() + " " + today(now);
        int number = numbers.merge(day, 1, Integer::sum);
        Instant at = stamp(now);
        Ticket t = new Ticket(UUID.randomUUID(), service.id(), today(now), number, TicketCode.format(service.prefix(), number),
                TicketKind.WALK_IN, request.priority(), TicketStatus.WAITING, request.language(), at, at, null, null,
                null, null, 0, null, WaitEstimator.minutesToShow(estimate), ahead, request.citizenTaxCode());
        tickets.add(t);
        keys.put(t.id(), request.idempotencyKey());
        log("TICKET_ISSUED", t, service.id(), null, null, request.priority().isPriority() ? request.priority().name() : null);
        return new IssuedTicket(t, service, ahead, estimate, open, false);
    }

    @Override
    public void openCounter(OperatorSession session, int counter) {
        setCounter(session, "open a counter", counter, CounterState.OPEN, null, "COUNTER_OPENED");
    }

    @Override
    public void closeCounter(OperatorSession session, int counter) {
        setCounter(session, "close a counter", counter, CounterState.CLOSED, null, "COUNTER_CLOSED");
    }

    @Override
    public void pause(OperatorSession session, int counter, String reason) {
        setCounter(session, "pause a counter", counter, CounterState.PAUSED, reason, "COUNTER_PAUSED");
    }

    @Override
    public void resume(OperatorSession session, int counter) {
        setCounter(session, "resume a counter", counter, CounterState.OPEN, null, "COUNTER_RESUMED");
    }

    private void setCounter(OperatorSession session, String action, int number, CounterState state, String reason,
                            String type) {
        invalidIf(session == null, "session missing");
        invalidIf(reason != null && reason.strip().length() > 200, "reason longer than 200 characters");
        session.require(Role.OPERATOR, action);
        if (state == CounterState.PAUSED) {
            requireReason(reason);
        }
        Counter c = counter(number);
        c.state = state;
        c.pauseReason = reason == null ? null : reason.strip();
        c.operatorId = state == CounterState.CLOSED ? null : session.operatorId();
        if (state != CounterState.CLOSED) {
            names.putIfAbsent(session.operatorId(), session.displayName());
        }
        log.add(new Entry(type, null, null, number, session.operatorId(), c.pauseReason));
    }

    @Override
    public Optional<Ticket> callNext(OperatorSession session, int counter) {
        invalidIf(session == null, "session missing");
        session.require(Role.OPERATOR, "call a ticket");
        Counter c = idleOpen(counter);
        List<CallCandidate> candidates = new ArrayList<>();
        for (Ticket t : tickets) {
            if (t.status() != TicketStatus.WAITING) {
                continue;
            }
            if (t.targetCounterId() == null ? c.weights.containsKey(t.serviceId()) : t.targetCounterId().equals(c.id)) {
                candidates.add(new CallCandidate(t.id(), t.serviceId(), t.priority(), t.queuedSince(),
                        t.targetCounterId() != null));
            }
        }
        Instant now = clock.instant();
        return new CallPolicy(settings.agingLimit()).choose(candidates, c.weights, now)
                .map(chosen -> claim(session, c, find(chosen.ticketId()), null, now));
    }

    @Override
    public Ticket callSpecific(OperatorSession session, int counter, String code, String reason) {
        invalidIf(session == null, "session missing");
        invalidIf(code != null && code.strip().length() > 16, "code longer than 16 characters");
        invalidIf(reason != null && reason.strip().length() > 200, "reason longer than 200 characters");
        session.require(Role.OPERATOR, "call a ticket out of turn");
        requireReason(reason);
        Counter c = idleOpen(counter);
        Instant now = clock.instant();
        Ticket t = today(code, now);
        if (t.status() != TicketStatus.WAITING) {
            throw new SportelloException(Problem.TICKET_NOT_WAITING, t.code(), t.status().name());
        }
        return claim(session, c, t, "out of turn: " + reason.strip(), now);
    }

    private Ticket claim(OperatorSession session, Counter c, Ticket t, String detail, Instant now) {
        Ticket called = replace(t, t.serviceId(), TicketStatus.CALLED, stamp(now), t.finishedAt(), c.id, null, 0, t.outcome());
        log("TICKET_CALLED", called, called.serviceId(), c.number, session.operatorId(), detail);
        return called;
    }

    @Override
    public Ticket recall(OperatorSession session, int counter) {
        invalidIf(session == null, "session missing");
        session.require(Role.OPERATOR, "recall a ticket");
        Counter c = counter(counter);
        Ticket t = requireCurrent(c);
        Ticket recalled = replace(t, t.serviceId(), t.status(), t.calledAt(), t.finishedAt(), t.counterId(),
                t.targetCounterId(), t.recallCount() + 1, t.outcome());
        log("TICKET_RECALLED", t, t.serviceId(), counter, session.operatorId(), Integer.toString(recalled.recallCount()));
        return recalled;
    }

    @Override
    public Ticket noShow(OperatorSession session, int counter) {
        invalidIf(session == null, "session missing");
        session.require(Role.OPERATOR, "mark a no-show");
        Counter c = counter(counter);
        Ticket t = requireCurrent(c);
        if (t.recallCount() < settings.recallsBeforeNoShow()) {
            throw new SportelloException(Problem.NOT_ENOUGH_RECALLS, t.code(), t.recallCount(),
                    settings.recallsBeforeNoShow());
        }
        Ticket ended = end(t, TicketStatus.NO_SHOW, null);
        log("TICKET_NO_SHOW", ended, ended.serviceId(), counter, session.operatorId(), null);
        return ended;
    }

    @Override
    public Ticket finish(OperatorSession session, int counter, Outcome outcome) {
        invalidIf(session == null, "session missing");
        invalidIf(outcome == null, "outcome missing");
        session.require(Role.OPERATOR, "finish a ticket");
        Counter c = counter(counter);
        Ticket t = requireCurrent(c);
        Ticket ended = end(t, TicketStatus.DONE, outcome);
        log("TICKET_FINISHED", ended, ended.serviceId(), counter, session.operatorId(), outcome.name());
        return ended;
    }

    @Override
    public Ticket transferToService(OperatorSession session, int counter, String servicePrefix) {
        invalidIf(session == null, "session missing");
        invalidIf(servicePrefix == null, "service missing");
        invalidIf(servicePrefix.strip().length() > 16, "service longer than 16 characters");
        session.require(Role.OPERATOR, "transfer a ticket");
        ServiceInfo target = service(servicePrefix);
        Counter c = counter(counter);
        Ticket t = requireCurrent(c);
        Ticket moved = replace(t, target.id(), TicketStatus.WAITING, null, t.finishedAt(), null, null, 0, t.outcome());
        log("TICKET_TRANSFERRED", moved, target.id(), counter, session.operatorId(), "service " + target.prefix());
        return moved;
    }

    @Override
    public Ticket transferToCounter(OperatorSession session, int counter, int targetCounter) {
        invalidIf(session == null, "session missing");
        session.require(Role.OPERATOR, "transfer a ticket");
        Counter c = counter(counter);
        Ticket t = requireCurrent(c);
        Counter target = counter(targetCounter);
        Ticket moved = replace(t, t.serviceId(), TicketStatus.WAITING, null, t.finishedAt(), null, target.id, 0,
                t.outcome());
        log("TICKET_TRANSFERRED", moved, moved.serviceId(), counter, session.operatorId(), "counter " + targetCounter);
        return moved;
    }

    @Override
    public Ticket cancel(OperatorSession session, String code, String reason) {
        invalidIf(session == null, "session missing");
        invalidIf(code != null && code.strip().length() > 16, "code longer than 16 characters");
        invalidIf(reason != null && reason.strip().length() > 200, "reason longer than 200 characters");
        session.require(Role.OPERATOR, "cancel a ticket");
        requireReason(reason);
        Ticket t = today(code, clock.instant());
        if (!t.status().isOpen()) {
            throw new SportelloException(Problem.TICKET_NOT_WAITING, t.code(), t.status().name());
        }
        Ticket ended = end(t, TicketStatus.CANCELLED, null);
        log("TICKET_CANCELLED", ended, ended.serviceId(), null, session.operatorId(), reason.strip());
        return ended;
    }

    @Override
    public DayCloseReport closeDay(OperatorSession session) {
        invalidIf(session == null, "session missing");
        session.require(Role.SUPERVISOR, "close the day");
        Instant now = clock.instant();
        LocalDate today = today(now);
        Map<UUID, Integer> unservedPerService = new HashMap<>();
        for (Ticket t : List.copyOf(tickets)) {
            if (t.status().isOpen() && !t.serviceDay().isAfter(today)) {
                unservedPerService.merge(t.serviceId(), 1, Integer::sum);
                replace(t, t.serviceId(), TicketStatus.UNSERVED, t.calledAt(), stamp(now), t.counterId(),
                        t.targetCounterId(), t.recallCount(), t.outcome());
            }
        }
        for (Counter c : counters) {
            c.state = CounterState.CLOSED;
            c.pauseReason = null;
            c.operatorId = null;
        }
        int served = (int) tickets.stream()
                .filter(t -> t.serviceDay().equals(today) && t.status() == TicketStatus.DONE).count();
        List<DayCloseReport.ServiceCount> unserved = new ArrayList<>();
        for (ServiceInfo s : directory.services()) {
            if (unservedPerService.containsKey(s.id())) {
                unserved.add(new DayCloseReport.ServiceCount(s.prefix(), unservedPerService.get(s.id())));
            }
        }
        DayCloseReport report = new DayCloseReport(today, unserved, served);
        log.add(new Entry("DAY_CLOSED", null, null, null, session.operatorId(),
                "unserved " + report.totalUnserved() + ", served " + served));
        return report;
    }

    @Override
    public Optional<Ticket> current(int counter) {
        return Optional.ofNullable(currentOf(counter(counter)));
    }

    @Override
    public Optional<Ticket> findToday(String code) {
        invalidIf(code == null, "code missing");
        invalidIf(code.strip().length() > 16, "code longer than 16 characters");
        LocalDate today = today(clock.instant());
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        return tickets.stream().filter(t -> t.serviceDay().equals(today) && t.code().equals(normalized)).findFirst();
    }

    @Override
    public List<Ticket> waiting() {
        return tickets.stream().filter(t -> t.status() == TicketStatus.WAITING)
                .sorted(Comparator.comparing(Ticket::queuedSince).thenComparingInt(Ticket::number)).toList();
    }

    @Override
    public QueueOverview overview() {
        Instant now = clock.instant();
        LocalDate today = today(now);
        List<QueueOverview.ServiceQueue> services = new ArrayList<>();
        for (ServiceInfo s : directory.services()) {
            int waiting = 0;
            int priority = 0;
            Instant oldest = null;
            int served = 0;
            for (Ticket t : tickets) {
                if (t.status() == TicketStatus.WAITING && t.serviceId().equals(s.id())) {
                    waiting++;
                    priority += t.priority().isPriority() ? 1 : 0;
                    oldest = oldest == null || t.queuedSince().isBefore(oldest) ? t.queuedSince() : oldest;
                }
                if (t.status() == TicketStatus.DONE && t.serviceId().equals(s.id()) && t.serviceDay().equals(today)) {
                    served++;
                }
            }
            Duration longest = oldest == null || oldest.isAfter(now) ? Duration.ZERO : Duration.between(oldest, now);
            services.add(new QueueOverview.ServiceQueue(s.id(), s.prefix(), waiting, priority, longest, served));
        }
        List<QueueOverview.CounterStatus> status = counters.stream().sorted(Comparator.comparingInt(c -> c.number))
                .map(c -> {
                    Ticket current = currentOf(c);
                    return new QueueOverview.CounterStatus(c.id, c.number, c.state, c.pauseReason,
                            c.operatorId == null ? null : names.get(c.operatorId), current == null ? null : current.code());
                })
                .toList();
        return new QueueOverview(now, services, status);
    }

    // ------------------------------------------------------------------ helpers

    private ServiceInfo service(String prefix) {
        return directory.services().stream().filter(s -> s.prefix().equalsIgnoreCase(prefix)).findFirst()
                .orElseThrow(() -> new SportelloException(Problem.UNKNOWN_SERVICE, prefix));
    }

    private Counter counter(int number) {
        return counters.stream().filter(c -> c.number == number).findFirst()
                .orElseThrow(() -> new SportelloException(Problem.UNKNOWN_COUNTER, number));
    }

    private Counter idleOpen(int number) {
        Counter c = counter(number);
        if (c.state == CounterState.PAUSED) {
            throw new SportelloException(Problem.COUNTER_PAUSED, number);
        }
        if (c.state == CounterState.CLOSED) {
            throw new SportelloException(Problem.COUNTER_CLOSED, number);
        }
        Ticket current = currentOf(c);
        if (current != null) {
            throw new SportelloException(Problem.COUNTER_BUSY, number, current.code());
        }
        return c;
    }

    private Ticket currentOf(Counter c) {
        return tickets.stream().filter(t -> t.status() == TicketStatus.CALLED && c.id.equals(t.counterId()))
                .max(Comparator.comparing(Ticket::calledAt)).orElse(null);
    }

    private Ticket requireCurrent(Counter c) {
        Ticket t = currentOf(c);
        if (t == null) {
            throw new SportelloException(Problem.NO_CURRENT_TICKET, c.number);
        }
        return t;
    }

    private Ticket today(String code, Instant now) {
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        LocalDate today = today(now);
        return tickets.stream().filter(t -> t.serviceDay().equals(today) && t.code().equals(normalized)).findFirst()
                .orElseThrow(() -> new SportelloException(Problem.UNKNOWN_TICKET, normalized));
    }

    private Ticket find(UUID id) {
        return tickets.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private Ticket end(Ticket t, TicketStatus status, Outcome outcome) {
        return replace(t, t.serviceId(), status, t.calledAt(), stamp(clock.instant()), t.counterId(), t.targetCounterId(),
                t.recallCount(), outcome);
    }

    private Ticket replace(Ticket v, UUID serviceId, TicketStatus status, Instant calledAt, Instant finishedAt,
                           UUID counterId, UUID targetCounterId, int recallCount, Outcome outcome) {
        Ticket after = new Ticket(v.id(), serviceId, v.serviceDay(), v.number(), v.code(), v.kind(), v.priority(), status,
                v.language(), v.issuedAt(), v.queuedSince(), calledAt, finishedAt, counterId, targetCounterId,
                recallCount, outcome, v.estimatedWaitMinutes(), v.peopleAhead(), v.citizenTaxCode());
        tickets.set(tickets.indexOf(v), after);
        return after;
    }

    private void log(String type, Ticket t, UUID serviceId, Integer counter, UUID operator, String detail) {
        log.add(new Entry(type, t.code(), serviceId, counter, operator, detail));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new SportelloException(Problem.REASON_REQUIRED);
        }
    }

    private static void invalidIf(boolean bad, String what) {
        if (bad) {
            throw new SportelloException(Problem.INVALID_REQUEST, what);
        }
    }

    private LocalDate today(Instant now) {
        return now.atZone(zone()).toLocalDate();
    }

    private java.time.ZoneId zone() {
        return directory.office().zone();
    }

    /** As the database keeps times: to the microsecond, rounded. */
    private static Instant stamp(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).plusNanos((t.getNano() + 500L) / 1000L * 1000L);
    }

    private int openCounters(UUID serviceId) {
        int open = 0;
        for (Counter c : counters) {
            if (c.state == CounterState.OPEN && c.weights.containsKey(serviceId)) {
                open++;
            }
        }
        return open;
    }
}

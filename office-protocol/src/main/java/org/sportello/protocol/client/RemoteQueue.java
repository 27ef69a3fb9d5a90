package org.sportello.protocol.client;

import io.grpc.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.sportello.model.agenda.CheckInAnswer;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.queue.DayCloseReport;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.QueueOverview;
import org.sportello.model.queue.QueueService;
import org.sportello.model.queue.Ticket;
import org.sportello.protocol.v1.CheckInAnswerMsg;
import org.sportello.protocol.v1.CheckInRequest;
import org.sportello.protocol.v1.CounterRequest;
import org.sportello.protocol.v1.QueueGrpc;
import org.sportello.protocol.v1.SessionRef;
import org.sportello.protocol.v1.TicketQuery;
import org.sportello.protocol.wire.QueueWire;

/**
 * The office queue through the server. An operator's action sends only the session's token; the
 * server knows who the operator is. Reads carry the codice fiscale only when this station is a desk
 * and {@code readsAs} names a logged-in operator.
 */
public final class RemoteQueue implements QueueService {
    private static final String WHERE = "queue";

    private final QueueGrpc.QueueBlockingStub stub;
    private final Supplier<OperatorSession> readsAs;

    /** For stations that read the public board only (kiosk, display, self-service). */
    public RemoteQueue(Channel channel) {
        this(channel, () -> null);
    }

    /** @param readsAs the operator logged in at this desk now, or null; asked at every read */
    public RemoteQueue(Channel channel, Supplier<OperatorSession> readsAs) {
        this.stub = QueueGrpc.newBlockingStub(channel);
        this.readsAs = Objects.requireNonNull(readsAs, "readsAs");
    }

    @Override
    public IssuedTicket issue(IssueRequest request) {
        return RemoteCalls.call(WHERE, () -> QueueWire.issued(timed().issue(QueueWire.request(request))));
    }

    @Override
    public void openCounter(OperatorSession session, int counter) {
        RemoteCalls.call(WHERE, () -> timed().openCounter(counter(session, counter).build()));
    }

    @Override
    public void closeCounter(OperatorSession session, int counter) {
        RemoteCalls.call(WHERE, () -> timed().closeCounter(counter(session, counter).build()));
    }

    @Override
    public void pause(OperatorSession session, int counter, String reason) {
        RemoteCalls.call(WHERE, () -> timed().pause(counter(session, counter).setReason(text(reason)).build()));
    }

    @Override
    public void resume(OperatorSession session, int counter) {
        RemoteCalls.call(WHERE, () -> timed().resume(counter(session, counter).build()));
    }

    @Override
    public Optional<Ticket> callNext(OperatorSession session, int counter) {
        return RemoteCalls.call(WHERE, () -> QueueWire.optional(timed().callNext(counter(session, counter).build())));
    }

    @Override
    public Ticket callSpecific(OperatorSession session, int counter, String code, String reason) {
        return RemoteCalls.call(WHERE, () -> QueueWire.ticket(timed().callSpecific(
                counter(session, counter).setCode(text(code)).setReason(text(reason)).build())));
    }

    @Override
    public Ticket recall(OperatorSession session, int counter) {
        return RemoteCalls.call(WHERE, () -> QueueWire.ticket(timed().recall(counter(session, counter).build())));
    }

    @Override
    public Ticket noShow(OperatorSession session, int counter) {
        return RemoteCalls.call(WHERE, () -> QueueWire.ticket(timed().noShow(counter(session, counter).build())));
    }

    @Override
    public Ticket finish(OperatorSession session, int counter, Outcome outcome) {
        return RemoteCalls.call(WHERE, () -> QueueWire.ticket(timed().finish(
                counter(session, counter).setOutcome(outcome == null ? "" : outcome.name()).build())));
    }

    @Override
    public Ticket transferToService(OperatorSession session, int counter, String servicePrefix) {
        return RemoteCalls.call(WHERE, () -> QueueWire.ticket(timed().transferToService(
                counter(session, counter).setServicePrefix(text(servicePrefix)).build())));
    }

    @Override
    public Ticket transferToCounter(OperatorSession session, int counter, int targetCounter) {
        return RemoteCalls.call(WHERE, () -> QueueWire.ticket(timed().transferToCounter(
                counter(session, counter).setTargetCounter(targetCounter).build())));
    }

    @Override
    public Ticket cancel(OperatorSession session, String code, String reason) {
        return RemoteCalls.call(WHERE, () -> QueueWire.ticket(timed().cancel(CounterRequest.newBuilder()
                .setSession(ref(session)).setCode(text(code)).setReason(text(reason)).build())));
    }

    @Override
    public DayCloseReport closeDay(OperatorSession session) {
        return RemoteCalls.call(WHERE, () -> QueueWire.dayClose(timed().closeDay(ref(session))));
    }

    @Override
    public Optional<Ticket> current(int counter) {
        return RemoteCalls.call(WHERE, () -> QueueWire.optional(timed().current(query().setCounter(counter).build())));
    }

    @Override
    public Optional<Ticket> findToday(String code) {
        return RemoteCalls.call(WHERE, () -> QueueWire.optional(timed().findToday(query().setCode(text(code)).build())));
    }

    @Override
    public List<Ticket> waiting() {
        return RemoteCalls.call(WHERE, () -> QueueWire.list(timed().waiting(query().build())));
    }

    @Override
    public QueueOverview overview() {
        return RemoteCalls.call(WHERE, () -> QueueWire.overview(timed().overview(query().build())));
    }

    /**
     * Check-in for an appointment (kiosk and admin stations, issue 13): by the letter's QR payload ({@code code})
     * or by the codice fiscale read from the health card; exactly one of the two. A turned-away citizen's walk-in
     * ticket comes back in the answer with the reason; a code that is no genuine letter is a Problem.
     */
    public CheckInAnswer checkIn(String code, String citizenTaxCode, String language, String idempotencyKey) {
        return checkIn(code, citizenTaxCode, language, idempotencyKey, false);
    }

    /**
     * @param offerWalkIn ask the citizen first: a citizen turned away is offered a walk-in ticket
     *                    ({@link CheckInAnswer#walkInOffered()}, no ticket yet); the same call without it issues one
     */
    public CheckInAnswer checkIn(String code, String citizenTaxCode, String language, String idempotencyKey,
                                 boolean offerWalkIn) {
        CheckInRequest request = CheckInRequest.newBuilder().setCode(text(code)).setCitizenTaxCode(text(citizenTaxCode))
                .setLanguage(text(language)).setIdempotencyKey(text(idempotencyKey)).setOfferWalkIn(offerWalkIn).build();
        return RemoteCalls.call(WHERE, () -> checkInAnswer(timed().checkIn(request)));
    }

    static CheckInAnswer checkInAnswer(CheckInAnswerMsg m) {
        if (m.getWalkInOffered() && !m.hasIssued()) {
            return CheckInAnswer.walkInOffered(problem(m.getTurnedAway()), m.getTurnedAwayArgsList());
        }
        return new CheckInAnswer(QueueWire.issued(m.getIssued()), m.getAppointment(),
                m.getWithName().isEmpty() ? null : m.getWithName(), m.getCounter(),
                m.getStartsAtMs() == 0 ? null : Instant.ofEpochMilli(m.getStartsAtMs()),
                problem(m.getTurnedAway()), m.getTurnedAwayArgsList());
    }

    /** A reason a newer server knows and this client does not still comes with its walk-in ticket. */
    private static Problem problem(String name) {
        if (name.isEmpty()) {
            return null;
        }
        try {
            return Problem.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return Problem.INVALID_REQUEST;
        }
    }

    private QueueGrpc.QueueBlockingStub timed() {
        return RemoteCalls.timed(stub);
    }

    private static CounterRequest.Builder counter(OperatorSession session, int counter) {
        return CounterRequest.newBuilder().setSession(ref(session)).setCounter(counter);
    }

    private TicketQuery.Builder query() {
        OperatorSession reader = readsAs.get();
        TicketQuery.Builder q = TicketQuery.newBuilder();
        if (reader != null && reader.token() != null) {
            q.setSession(ref(reader));
        }
        return q;
    }

    /** Only the token: the server believes nothing else a client says about its operator. */
    private static SessionRef ref(OperatorSession session) {
        return SessionRef.newBuilder().setToken(session == null ? "" : text(session.token())).build();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}

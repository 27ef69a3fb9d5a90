package org.sportello.server.api;

import static org.sportello.protocol.StationRole.ADMIN;
import static org.sportello.protocol.StationRole.DESK;
import static org.sportello.protocol.StationRole.DISPLAY;
import static org.sportello.protocol.StationRole.KIOSK;
import static org.sportello.protocol.StationRole.SELF_SERVICE;

import io.grpc.stub.StreamObserver;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueService;
import org.sportello.model.queue.Ticket;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.v1.CounterRequest;
import org.sportello.protocol.v1.DayCloseReportMsg;
import org.sportello.protocol.v1.Empty;
import org.sportello.protocol.v1.IssueTicketRequest;
import org.sportello.protocol.v1.IssuedTicketMsg;
import org.sportello.protocol.v1.OptionalTicket;
import org.sportello.protocol.v1.QueueGrpc;
import org.sportello.protocol.v1.QueueOverviewMsg;
import org.sportello.protocol.v1.SessionRef;
import org.sportello.protocol.v1.TicketList;
import org.sportello.protocol.v1.TicketMsg;
import org.sportello.protocol.v1.TicketQuery;
import org.sportello.protocol.wire.QueueWire;
import org.sportello.server.session.OperatorSessions;

/**
 * The office queue over the protocol. Each call is, in this order: allowed for the station's role,
 * checked field by field, tied to the operator's server-side session when it acts for one, and only
 * then handed to the queue, which checks the operator's own role. The client's word about who it is
 * counts for nothing.
 */
public final class QueueApi extends QueueGrpc.QueueImplBase {
    private static final StationRole[] ISSUERS = {KIOSK, DESK, ADMIN};
    private static final StationRole[] COUNTERS = {DESK, ADMIN};
    private static final StationRole[] BOARD_READERS = {KIOSK, DISPLAY, DESK, SELF_SERVICE, ADMIN};
    private static final Empty EMPTY = Empty.getDefaultInstance();

    private final QueueService queue;
    private final OperatorSessions sessions;
    private final Runnable written;

    /**
     * @param written told after every change, so the event broadcast sends it without waiting for its
     *                next look at the log (e.g. {@code broadcast::wake})
     */
    public QueueApi(QueueService queue, OperatorSessions sessions, Runnable written) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.written = Objects.requireNonNull(written, "written");
    }

    @Override
    public void issue(IssueTicketRequest r, StreamObserver<IssuedTicketMsg> out) {
        Calls.answer(out, () -> {
            Caller caller = Caller.current().require("issue a ticket", ISSUERS);
            IssueRequest request = new IssueRequest(RequestChecks.servicePrefix(r.getServicePrefix()),
                    RequestChecks.known(PriorityClass.class, r.getPriority(), "priority"),
                    RequestChecks.language(r.getLanguage()), RequestChecks.idempotencyKey(r.getIdempotencyKey()),
                    RequestChecks.taxCode(r.getCitizenTaxCode()));
            var issued = queue.issue(request);
            written.run();
            if (!PublicView.isStaff(caller.role())) {
                // The kiosk read the card itself; the answer need not carry it back across the network.
                issued = new org.sportello.model.queue.IssuedTicket(PublicView.ticket(issued.ticket()),
                        issued.service(), issued.peopleAhead(), issued.estimatedWait(), issued.repeated());
            }
            return QueueWire.issued(issued);
        });
    }

    @Override
    public void openCounter(CounterRequest r, StreamObserver<Empty> out) {
        counterWork(out, "open a counter", r, () -> {
            int counter = RequestChecks.counter(r.getCounter(), "counter");
            OperatorSession operator = operator(r.getSession());
            queue.openCounter(operator, counter);
            return EMPTY;
        });
    }

    @Override
    public void closeCounter(CounterRequest r, StreamObserver<Empty> out) {
        counterWork(out, "close a counter", r, () -> {
            int counter = RequestChecks.counter(r.getCounter(), "counter");
            OperatorSession operator = operator(r.getSession());
            queue.closeCounter(operator, counter);
            return EMPTY;
        });
    }

    @Override
    public void pause(CounterRequest r, StreamObserver<Empty> out) {
        counterWork(out, "pause a counter", r, () -> {
            int counter = RequestChecks.counter(r.getCounter(), "counter");
            String reason = RequestChecks.reason(r.getReason());
            OperatorSession operator = operator(r.getSession());
            queue.pause(operator, counter, reason);
            return EMPTY;
        });
    }

    @Override
    public void resume(CounterRequest r, StreamObserver<Empty> out) {
        counterWork(out, "resume a counter", r, () -> {
            int counter = RequestChecks.counter(r.getCounter(), "counter");
            OperatorSession operator = operator(r.getSession());
            queue.resume(operator, counter);
            return EMPTY;
        });
    }

    @Override
    public void callNext(CounterRequest r, StreamObserver<OptionalTicket> out) {
        counterWork(out, "call the next ticket", r, () -> {
            int counter = RequestChecks.counter(r.getCounter(), "counter");
            OperatorSession operator = operator(r.getSession());
            return QueueWire.optional(queue.callNext(operator, counter));
        });
    }

    @Override
    public void callSpecific(CounterRequest r, StreamObserver<TicketMsg> out) {
        counterWork(out, "call a ticket out of turn", r, () -> {
            int counter = RequestChecks.counter(r.getCounter(), "counter");
            String code = RequestChecks.code(r.getCode());
            String reason = RequestChecks.reason(r.getReason());
            OperatorSession operator = operator(r.getSession());
            return QueueWire.ticket(queue.callSpecific(operator, counter, code, reason));
        });
    }

    @Override
    public void recall(CounterRequest r, StreamObserver<TicketMsg> out) {
        counterWork(out, "recall a ticket", r, () -> {
            int counter = RequestChecks.counter(r.getCounter(), "counter");
            OperatorSession operator = operator(r.getSession());
            return QueueWire.ticket(queue.recall(operator, counter));
        });
    }

    @Override
    public void noShow(CounterRequest r, StreamObserver<TicketMsg> out) {
        counterWork(out, "mark a no-show", r, () -> {
            int counter = RequestChecks.counter(r.getCounter(), "counter");
            OperatorSession operator = operator(r.getSession());
            return QueueWire.ticket(queue.noShow(operator, counter));
        });
    }

    @Override
    public void finish(CounterRequest r, StreamObserver<TicketMsg> out) {
        counterWork(out, "finish a ticket", r, () -> {
            int counter = RequestChecks.counter(r.getCounter(), "counter");
            Outcome outcome = RequestChecks.known(Outcome.class, r.getOutcome(), "outcome");
            OperatorSession operator = operator(r.getSession());
            return QueueWire.ticket(queue.finish(operator, counter, outcome));
        });
    }

    @Override
    public void transferToService(CounterRequest r, StreamObserver<TicketMsg> out) {
        counterWork(out, "transfer a ticket", r, () -> {
            int counter = RequestChecks.counter(r.getCounter(), "counter");
            String prefix = RequestChecks.servicePrefix(r.getServicePrefix());
            OperatorSession operator = operator(r.getSession());
            return QueueWire.ticket(queue.transferToService(operator, counter, prefix));
        });
    }

    @Override
    public void transferToCounter(CounterRequest r, StreamObserver<TicketMsg> out) {
        counterWork(out, "transfer a ticket", r, () -> {
            int counter = RequestChecks.counter(r.getCounter(), "counter");
            int target = RequestChecks.counter(r.getTargetCounter(), "target counter");
            OperatorSession operator = operator(r.getSession());
            return QueueWire.ticket(queue.transferToCounter(operator, counter, target));
        });
    }

    @Override
    public void cancel(CounterRequest r, StreamObserver<TicketMsg> out) {
        counterWork(out, "cancel a ticket", r, () -> {
            String code = RequestChecks.code(r.getCode());
            String reason = RequestChecks.reason(r.getReason());
            OperatorSession operator = operator(r.getSession());
            return QueueWire.ticket(queue.cancel(operator, code, reason));
        });
    }

    @Override
    public void closeDay(SessionRef r, StreamObserver<DayCloseReportMsg> out) {
        Calls.answer(out, () -> {
            Caller.current().require("close the day", COUNTERS);
            DayCloseReportMsg report = QueueWire.dayClose(queue.closeDay(operator(r)));
            written.run();
            return report;
        });
    }

    @Override
    public void current(TicketQuery q, StreamObserver<OptionalTicket> out) {
        Calls.answer(out, () -> {
            Caller caller = Caller.current().require("read the queue", BOARD_READERS);
            int counter = RequestChecks.counter(q.getCounter(), "counter");
            boolean personal = readsPersonalData(caller, q.getSession());
            return QueueWire.optional(shown(queue.current(counter), personal));
        });
    }

    @Override
    public void findToday(TicketQuery q, StreamObserver<OptionalTicket> out) {
        Calls.answer(out, () -> {
            Caller caller = Caller.current().require("read the queue", BOARD_READERS);
            String code = RequestChecks.code(q.getCode());
            boolean personal = readsPersonalData(caller, q.getSession());
            return QueueWire.optional(shown(queue.findToday(code), personal));
        });
    }

    @Override
    public void waiting(TicketQuery q, StreamObserver<TicketList> out) {
        Calls.answer(out, () -> {
            Caller caller = Caller.current().require("read the queue", BOARD_READERS);
            boolean personal = readsPersonalData(caller, q.getSession());
            var tickets = queue.waiting();
            return QueueWire.list(personal ? tickets : tickets.stream().map(PublicView::ticket).toList());
        });
    }

    @Override
    public void overview(TicketQuery q, StreamObserver<QueueOverviewMsg> out) {
        Calls.answer(out, () -> {
            Caller caller = Caller.current().require("read the queue", BOARD_READERS);
            // Operator names and pause reasons are for staff stations, session or not.
            var overview = queue.overview();
            return QueueWire.overview(PublicView.isStaff(caller.role()) ? overview : PublicView.overview(overview));
        });
    }

    /** A counter action: a desk (or the local administrator) only; the change is announced when done. */
    private <T> void counterWork(StreamObserver<T> out, String action, CounterRequest r, Supplier<T> work) {
        Calls.answer(out, () -> {
            Caller.current().require(action, COUNTERS);
            T reply = work.get();
            written.run();
            return reply;
        });
    }

    private OperatorSession operator(SessionRef ref) {
        return sessions.require(Caller.current(), RequestChecks.token(ref.getToken()));
    }

    /**
     * Only a staff station with a live operator session reads the codice fiscale; a staff station
     * that sends a session must send a valid one, so a desk whose session ended learns it at once.
     */
    private boolean readsPersonalData(Caller caller, SessionRef ref) {
        if (!PublicView.isStaff(caller.role()) || ref.getToken().isEmpty()) {
            return false;
        }
        sessions.require(caller, RequestChecks.token(ref.getToken()));
        return true;
    }

    private static Optional<Ticket> shown(Optional<Ticket> ticket, boolean personal) {
        return personal ? ticket : ticket.map(PublicView::ticket);
    }
}

package org.sportello.server.api;

import static org.sportello.protocol.StationRole.ADMIN;
import static org.sportello.protocol.StationRole.DESK;
import static org.sportello.protocol.StationRole.DISPLAY;
import static org.sportello.protocol.StationRole.KIOSK;
import static org.sportello.protocol.StationRole.SELF_SERVICE;

import io.grpc.stub.StreamObserver;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueCommand;
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
 *
 * <p>No call thread waits for the queue: the checks run on the call thread, the command goes into the
 * queue's next turn, and the turn's thread answers the caller once the turn is committed. A thread
 * parked per waiting call cost as much CPU as the queue itself (parking, waking, switching).
 */
public final class QueueApi extends QueueGrpc.QueueImplBase {
    private static final Logger LOG = Logger.getLogger(QueueApi.class.getName());
    private static final StationRole[] ISSUERS = {KIOSK, DESK, ADMIN};
    private static final StationRole[] COUNTERS = {DESK, ADMIN};
    private static final StationRole[] BOARD_READERS = {KIOSK, DISPLAY, DESK, SELF_SERVICE, ADMIN};
    private static final Empty EMPTY = Empty.getDefaultInstance();

    /** Takes a command into the queue's next turn; the answer completes once the turn is committed. */
    @FunctionalInterface
    public interface Turns {
        <R> CompletableFuture<R> submit(QueueCommand<R> command);
    }

    /** Check-in for booked appointments; blocks, so it runs on the server's executor (ServerThreads). */
    @FunctionalInterface
    public interface CheckIns {
        /** @param offerWalkIn ask the citizen before issuing a walk-in ticket instead (the kiosk) */
        org.sportello.model.agenda.CheckInAnswer checkIn(String code, String taxCode, String language, String key,
                                                         boolean offerWalkIn);
    }

    private final Turns queue;
    private CheckIns checkIns = (code, taxCode, language, key, offerWalkIn) -> {
        throw new org.sportello.model.common.SportelloException(org.sportello.model.common.Problem.OFFICE_UNAVAILABLE,
                "check-in is not served here");
    };
    private final OperatorSessions sessions;
    private final Runnable written;

    /**
     * @param written told after every change, so the event broadcast sends it without waiting for its
     *                next look at the log (e.g. {@code broadcast::wake})
     */
    public QueueApi(Turns queue, OperatorSessions sessions, Runnable written) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.written = Objects.requireNonNull(written, "written");
    }

    @Override
    public void issue(IssueTicketRequest r, StreamObserver<IssuedTicketMsg> out) {
        Caller caller;
        QueueCommand.Issue command;
        try {
            caller = Caller.current().require("issue a ticket", ISSUERS);
            command = new QueueCommand.Issue(new IssueRequest(RequestChecks.servicePrefix(r.getServicePrefix()),
                    RequestChecks.known(PriorityClass.class, r.getPriority(), "priority"),
                    RequestChecks.language(r.getLanguage()), RequestChecks.idempotencyKey(r.getIdempotencyKey()),
                    RequestChecks.taxCode(r.getCitizenTaxCode())));
        } catch (RuntimeException refused) {
            out.onError(Calls.status(refused));
            return;
        }
        boolean staff = PublicView.isStaff(caller.role());
        answerWhenDone(out, queue.submit(command), true, issued -> QueueWire.issued(staff ? issued
                // The kiosk read the card itself; the answer need not carry it back across the network.
                : new org.sportello.model.queue.IssuedTicket(PublicView.ticket(issued.ticket()), issued.service(),
                        issued.peopleAhead(), issued.estimatedWait(), issued.openCounters(), issued.repeated())));
    }

    /** Serves check-in with {@code checkIns} (the office's agenda). */
    public QueueApi withCheckIns(CheckIns checkIns) {
        this.checkIns = Objects.requireNonNull(checkIns, "checkIns");
        return this;
    }

    @Override
    public void checkIn(org.sportello.protocol.v1.CheckInRequest r,
                        StreamObserver<org.sportello.protocol.v1.CheckInAnswerMsg> out) {
        Calls.answer(out, () -> {
            Caller.current().require("check in for an appointment", StationRole.KIOSK, ADMIN);
            boolean byCode = !r.getCode().isBlank();
            if (byCode == !r.getCitizenTaxCode().isBlank()) {
                throw new org.sportello.model.common.SportelloException(
                        org.sportello.model.common.Problem.INVALID_REQUEST, "give either code or citizen_tax_code");
            }
            String code = byCode ? RequestChecks.text(r.getCode(), "code", 1, 2000) : null;
            String taxCode = byCode ? null : RequestChecks.taxCode(r.getCitizenTaxCode());
            var a = checkIns.checkIn(code, taxCode, RequestChecks.language(r.getLanguage()),
                    RequestChecks.idempotencyKey(r.getIdempotencyKey()), r.getOfferWalkIn());
            if (a.issued() == null) {
                return org.sportello.protocol.v1.CheckInAnswerMsg.newBuilder().setWalkInOffered(true)
                        .setTurnedAway(a.turnedAway().name()).addAllTurnedAwayArgs(a.turnedAwayArgs()).build();
            }
            var issued = new org.sportello.model.queue.IssuedTicket(PublicView.ticket(a.issued().ticket()),
                    a.issued().service(), a.issued().peopleAhead(), a.issued().estimatedWait(),
                    a.issued().openCounters(), a.issued().repeated());
            return org.sportello.protocol.v1.CheckInAnswerMsg.newBuilder().setIssued(QueueWire.issued(issued))
                    .setAppointment(a.appointment()).setWithName(a.withName() == null ? "" : a.withName())
                    .setCounter(a.counter()).setStartsAtMs(a.startsAt() == null ? 0 : a.startsAt().toEpochMilli())
                    .setTurnedAway(a.turnedAway() == null ? "" : a.turnedAway().name())
                    .addAllTurnedAwayArgs(a.turnedAwayArgs()).build();
        });
    }

    @Override
    public void openCounter(CounterRequest r, StreamObserver<Empty> out) {
        counterWork(out, "open a counter", () -> {
            int counter = RequestChecks.counter(r.getCounter(), "counter");
            return new QueueCommand.OpenCounter(operator(r.getSession()), counter);
        }, done -> EMPTY);
    }

    @Override
    public void closeCounter(CounterRequest r, StreamObserver<Empty> out) {
        counterWork(out, "close a counter", () -> {
            int counter = RequestChecks.counter(r.getCounter(), "counter");
            return new QueueCommand.CloseCounter(operator(r.getSession()), counter);
        }, done -> EMPTY);
    }

    @Override
    public void pause(CounterRequest r, StreamObserver<Empty> out) {
        counterWork(out, "pause a counter", () -> {
            int counter = RequestChecks.counter(r.getCounter(), "counter");
            String reason = RequestChecks.reason(r.getReason());
            return new QueueCommand.Pause(operator(r.getSession()), counter, reason);
        }, done -> EMPTY);
    }

    @Override
    public void resume(CounterRequest r, StreamObserver<Empty> out) {
        counterWork(out, "resume a counter", () -> {
            int counter = RequestChecks.counter(r.getCounter(), "counter");
            return new QueueCommand.Resume(operator(r.getSession()), counter);
        }, done -> EMPTY);
    }

    @Override
    public void callNext(CounterRequest r, StreamObserver<OptionalTicket> out) {
        counterWork(out, "call the next ticket", () -> {
            int counter = RequestChecks.counter(r.getCounter(), "counter");
            return new QueueCommand.CallNext(operator(r.getSession()), counter);
        }, QueueWire::optional);
    }

    @Override
    public void callSpecific(CounterRequest r, StreamObserver<TicketMsg> out) {
        counterWork(out, "call a ticket out of turn", () -> {
            int counter = RequestChecks.counter(r.getCounter(), "counter");
            String code = RequestChecks.code(r.getCode());
            String reason = RequestChecks.reason(r.getReason());
            return new QueueCommand.CallSpecific(operator(r.getSession()), counter, code, reason);
        }, QueueWire::ticket);
    }

    @Override
    public void recall(CounterRequest r, StreamObserver<TicketMsg> out) {
        counterWork(out, "recall a ticket", () -> {
            int counter = RequestChecks.counter(r.getCounter(), "counter");
            return new QueueCommand.Recall(operator(r.getSession()), counter);
        }, QueueWire::ticket);
    }

    @Override
    public void noShow(CounterRequest r, StreamObserver<TicketMsg> out) {
        counterWork(out, "mark a no-show", () -> {
            int counter = RequestChecks.counter(r.getCounter(), "counter");
            return new QueueCommand.NoShow(operator(r.getSession()), counter);
        }, QueueWire::ticket);
    }

    @Override
    public void finish(CounterRequest r, StreamObserver<TicketMsg> out) {
        counterWork(out, "finish a ticket", () -> {
            int counter = RequestChecks.counter(r.getCounter(), "counter");
            Outcome outcome = RequestChecks.known(Outcome.class, r.getOutcome(), "outcome");
            return new QueueCommand.Finish(operator(r.getSession()), counter, outcome);
        }, QueueWire::ticket);
    }

    @Override
    public void transferToService(CounterRequest r, StreamObserver<TicketMsg> out) {
        counterWork(out, "transfer a ticket", () -> {
            int counter = RequestChecks.counter(r.getCounter(), "counter");
            String prefix = RequestChecks.servicePrefix(r.getServicePrefix());
            return new QueueCommand.TransferToService(operator(r.getSession()), counter, prefix);
        }, QueueWire::ticket);
    }

    @Override
    public void transferToCounter(CounterRequest r, StreamObserver<TicketMsg> out) {
        counterWork(out, "transfer a ticket", () -> {
            int counter = RequestChecks.counter(r.getCounter(), "counter");
            int target = RequestChecks.counter(r.getTargetCounter(), "target counter");
            return new QueueCommand.TransferToCounter(operator(r.getSession()), counter, target);
        }, QueueWire::ticket);
    }

    @Override
    public void cancel(CounterRequest r, StreamObserver<TicketMsg> out) {
        counterWork(out, "cancel a ticket", () -> {
            String code = RequestChecks.code(r.getCode());
            String reason = RequestChecks.reason(r.getReason());
            return new QueueCommand.Cancel(operator(r.getSession()), code, reason);
        }, QueueWire::ticket);
    }

    @Override
    public void closeDay(SessionRef r, StreamObserver<DayCloseReportMsg> out) {
        counterWork(out, "close the day", () -> new QueueCommand.CloseDay(operator(r)), QueueWire::dayClose);
    }

    @Override
    public void current(TicketQuery q, StreamObserver<OptionalTicket> out) {
        read(out, q, () -> new QueueCommand.Current(RequestChecks.counter(q.getCounter(), "counter")),
                (ticket, personal) -> QueueWire.optional(shown(ticket, personal)));
    }

    @Override
    public void findToday(TicketQuery q, StreamObserver<OptionalTicket> out) {
        read(out, q, () -> new QueueCommand.FindToday(RequestChecks.code(q.getCode())),
                (ticket, personal) -> QueueWire.optional(shown(ticket, personal)));
    }

    @Override
    public void waiting(TicketQuery q, StreamObserver<TicketList> out) {
        read(out, q, QueueCommand.Waiting::new, (tickets, personal) ->
                QueueWire.list(personal ? tickets : tickets.stream().map(PublicView::ticket).toList()));
    }

    @Override
    public void overview(TicketQuery q, StreamObserver<QueueOverviewMsg> out) {
        Caller caller;
        try {
            caller = Caller.current().require("read the queue", BOARD_READERS);
        } catch (RuntimeException refused) {
            out.onError(Calls.status(refused));
            return;
        }
        // Operator names and pause reasons are for staff stations, session or not.
        boolean staff = PublicView.isStaff(caller.role());
        answerWhenDone(out, queue.submit(new QueueCommand.Overview()), false,
                overview -> QueueWire.overview(staff ? overview : PublicView.overview(overview)));
    }

    /** A counter action: a desk (or the local administrator) only; the change is announced when done. */
    private <R, T> void counterWork(StreamObserver<T> out, String action, Supplier<QueueCommand<R>> checked,
                                    Function<R, T> reply) {
        QueueCommand<R> command;
        try {
            Caller.current().require(action, COUNTERS);
            command = checked.get();
        } catch (RuntimeException refused) {
            out.onError(Calls.status(refused));
            return;
        }
        answerWhenDone(out, queue.submit(command), true, reply);
    }

    /** A read of the board: codice fiscale only for a staff station that sends a live session. */
    private <R, T> void read(StreamObserver<T> out, TicketQuery q, Supplier<QueueCommand<R>> checked,
                             ReadReply<R, T> reply) {
        QueueCommand<R> command;
        boolean personal;
        try {
            Caller caller = Caller.current().require("read the queue", BOARD_READERS);
            command = checked.get();
            personal = readsPersonalData(caller, q.getSession());
        } catch (RuntimeException refused) {
            out.onError(Calls.status(refused));
            return;
        }
        answerWhenDone(out, queue.submit(command), false, answer -> reply.apply(answer, personal));
    }

    @FunctionalInterface
    private interface ReadReply<R, T> {
        T apply(R answer, boolean personal);
    }

    /**
     * Answers on the thread that completes the turn. Whatever happens here must not reach that thread:
     * it serves every other caller.
     */
    private <R, T> void answerWhenDone(StreamObserver<T> out, CompletableFuture<R> answer, boolean announce,
                                       Function<R, T> reply) {
        answer.whenComplete((result, failure) -> {
            try {
                if (failure != null) {
                    out.onError(Calls.status(failure instanceof CompletionException c && c.getCause() != null
                            ? c.getCause() : failure));
                    return;
                }
                if (announce) {
                    written.run();
                }
                out.onNext(reply.apply(result));
                out.onCompleted();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not answer a queue call", e);
                try {
                    out.onError(Calls.status(e));
                } catch (RuntimeException ignored) {
                    // the call is already closed or cancelled: nobody is listening
                }
            }
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

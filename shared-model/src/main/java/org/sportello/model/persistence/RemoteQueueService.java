package org.sportello.model.persistence;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.queue.DayCloseReport;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.QueueOverview;
import org.sportello.model.queue.QueueService;
import org.sportello.model.queue.QueueSettings;
import org.sportello.model.queue.Ticket;
import org.sportello.model.persistence.QueueCall.Op;

/**
 * The queue of an office database across the network: each operation is one call that the
 * database's own JVM runs ({@link QueueProcedure}, ADR 10). Same contract as {@link JooqQueueService};
 * a database without the function (older server) is served by that class directly.
 */
public final class RemoteQueueService implements QueueService {
    private static final String CALL = "CALL " + QueueProcedure.FUNCTION + "(?)";
    private static final int MAX_ATTEMPTS = 20;

    private final OfficeDatabase database;
    private final Clock clock;
    private final QueueSettings settings;
    private final JooqQueueService local;
    private volatile boolean functionMissing;

    public RemoteQueueService(OfficeDatabase database, JooqQueueService local, Clock clock, QueueSettings settings) {
        this.database = database;
        this.local = local;
        this.clock = clock;
        this.settings = settings;
    }

    private Serializable call(Op op, OperatorSession session, Serializable... args) {
        byte[] request = QueueCodec.call(new QueueCall(op, clock.instant(), settings, session, args));
        QueueReply reply = QueueCodec.reply(send(request));
        if (reply.problem() != null) {
            throw new SportelloException(reply.problem(), (Object[]) reply.problemArgs());
        }
        if (reply.failureType() != null) {
            if (IllegalArgumentException.class.getName().equals(reply.failureType())) {
                throw new IllegalArgumentException(reply.failure());
            }
            throw new IllegalStateException(reply.failureType() + " in the office database: " + reply.failure());
        }
        return reply.value();
    }

    private byte[] send(byte[] request) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = database.dataSource().getConnection();
                 PreparedStatement ps = c.prepareStatement(CALL)) {
                ps.setBytes(1, request);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBytes(1);
                }
            } catch (SQLException e) {
                if (isFunctionMissing(e)) {
                    functionMissing = true;
                    throw new FunctionMissing();
                }
                if (Transactions.isRetryable(e) && attempt < MAX_ATTEMPTS) {
                    continue;
                }
                if (String.valueOf(e.getMessage()).contains(QueueProcedure.UNAVAILABLE)) {
                    if (attempt < 3) {
                        pause(attempt * 50L);
                        continue; // the server has dropped its broken pool; a fresh one may work now
                    }
                    throw new SportelloException(Problem.OFFICE_UNAVAILABLE, e, database.url());
                }
                if (Transactions.isConnectionFailure(e)) {
                    throw new SportelloException(Problem.OFFICE_UNAVAILABLE, e, database.url());
                }
                throw new IllegalStateException("queue call failed: " + e.getMessage(), e);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new SportelloException(Problem.OFFICE_UNAVAILABLE, ie, "interrupted");
        }
    }

    private static boolean isFunctionMissing(SQLException e) {
        // H2 90022: function not found (a server not yet upgraded by `sportello office init`).
        return e.getErrorCode() == 90022;
    }

    /** Signals the fallback to the statement-by-statement service. */
    private static final class FunctionMissing extends RuntimeException {
        FunctionMissing() {
            super(null, null, false, false);
        }
    }

    private <T> T run(java.util.function.Supplier<T> remote, java.util.function.Supplier<T> direct) {
        if (!functionMissing) {
            try {
                return remote.get();
            } catch (FunctionMissing e) {
                // fall through to the direct service
            }
        }
        return direct.get();
    }

    private void run(Runnable remote, Runnable direct) {
        run(() -> {
            remote.run();
            return null;
        }, () -> {
            direct.run();
            return null;
        });
    }

    @Override
    public IssuedTicket issue(IssueRequest request) {
        return run(() -> (IssuedTicket) call(Op.ISSUE, null, request), () -> local.issue(request));
    }

    @Override
    public void openCounter(OperatorSession session, int counter) {
        run(() -> call(Op.OPEN_COUNTER, session, counter), () -> local.openCounter(session, counter));
    }

    @Override
    public void closeCounter(OperatorSession session, int counter) {
        run(() -> call(Op.CLOSE_COUNTER, session, counter), () -> local.closeCounter(session, counter));
    }

    @Override
    public void pause(OperatorSession session, int counter, String reason) {
        run(() -> call(Op.PAUSE, session, counter, reason), () -> local.pause(session, counter, reason));
    }

    @Override
    public void resume(OperatorSession session, int counter) {
        run(() -> call(Op.RESUME, session, counter), () -> local.resume(session, counter));
    }

    @Override
    public Optional<Ticket> callNext(OperatorSession session, int counter) {
        return run(() -> Optional.ofNullable((Ticket) call(Op.CALL_NEXT, session, counter)),
                () -> local.callNext(session, counter));
    }

    @Override
    public Ticket callSpecific(OperatorSession session, int counter, String code, String reason) {
        return run(() -> (Ticket) call(Op.CALL_SPECIFIC, session, counter, code, reason),
                () -> local.callSpecific(session, counter, code, reason));
    }

    @Override
    public Ticket recall(OperatorSession session, int counter) {
        return run(() -> (Ticket) call(Op.RECALL, session, counter), () -> local.recall(session, counter));
    }

    @Override
    public Ticket noShow(OperatorSession session, int counter) {
        return run(() -> (Ticket) call(Op.NO_SHOW, session, counter), () -> local.noShow(session, counter));
    }

    @Override
    public Ticket finish(OperatorSession session, int counter, Outcome outcome) {
        return run(() -> (Ticket) call(Op.FINISH, session, counter, outcome),
                () -> local.finish(session, counter, outcome));
    }

    @Override
    public Ticket transferToService(OperatorSession session, int counter, String servicePrefix) {
        return run(() -> (Ticket) call(Op.TRANSFER_TO_SERVICE, session, counter, servicePrefix),
                () -> local.transferToService(session, counter, servicePrefix));
    }

    @Override
    public Ticket transferToCounter(OperatorSession session, int counter, int targetCounter) {
        return run(() -> (Ticket) call(Op.TRANSFER_TO_COUNTER, session, counter, targetCounter),
                () -> local.transferToCounter(session, counter, targetCounter));
    }

    @Override
    public Ticket cancel(OperatorSession session, String code, String reason) {
        return run(() -> (Ticket) call(Op.CANCEL, session, code, reason), () -> local.cancel(session, code, reason));
    }

    @Override
    public DayCloseReport closeDay(OperatorSession session) {
        return run(() -> (DayCloseReport) call(Op.CLOSE_DAY, session), () -> local.closeDay(session));
    }

    @Override
    public Optional<Ticket> current(int counter) {
        return run(() -> Optional.ofNullable((Ticket) call(Op.CURRENT, null, counter)), () -> local.current(counter));
    }

    @Override
    public Optional<Ticket> findToday(String code) {
        return run(() -> Optional.ofNullable((Ticket) call(Op.FIND_TODAY, null, code)), () -> local.findToday(code));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Ticket> waiting() {
        return run(() -> List.copyOf((List<Ticket>) call(Op.WAITING, null)), local::waiting);
    }

    @Override
    public QueueOverview overview() {
        return run(() -> (QueueOverview) call(Op.OVERVIEW, null), local::overview);
    }
}

package org.sportello.model.persistence;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.office.OfficeDirectory;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.QueueService;

/**
 * Runs queue operations inside the JVM that hosts the office database (ADR 10). Workstations call
 * {@code CALL sportello_queue(bytes)}: one round trip instead of the dozen statements an operation
 * takes, each of which would otherwise cross the network on its own. The work itself is the same
 * {@link JooqQueueService}, on an embedded pool to the same database, with the caller's clock.
 */
public final class QueueProcedure {
    /** The SQL name of the function, created by {@link OfficeDatabase#migrate()}. */
    static final String FUNCTION = "sportello_queue";

    /** Names the thread that takes the queue's turns (one per hosted database), e.g. for profiles. */
    public static final String TURN_THREAD = "sportello-queue";

    /** Marks a failure that means "not now": H2 passes the message on, not the SQL state. */
    static final String UNAVAILABLE = "office database not available now";

    private static final Map<String, Host> HOSTS = new ConcurrentHashMap<>();
    private static final Map<org.h2.engine.Database, String> PATHS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private QueueProcedure() {
    }

    /** Called by H2 with the caller's session connection; never throws for a problem a person can fix. */
    public static byte[] call(Connection session, byte[] request) throws SQLException {
        QueueCall call = QueueCodec.call(request);
        Host host = HOSTS.computeIfAbsent(databasePath(session), Host::new);
        QueueReply reply;
        try {
            reply = QueueReply.of(host.run(call));
        } catch (SportelloException e) {
            if (e.problem() == Problem.OFFICE_UNAVAILABLE) {
                throw lost(host, e);
            }
            Object[] args = e.arguments();
            String[] text = new String[args.length];
            for (int i = 0; i < args.length; i++) {
                text[i] = String.valueOf(args[i]);
            }
            reply = QueueReply.problem(e.problem(), text);
        } catch (RuntimeException e) {
            if (Transactions.isConnectionFailure(e)) {
                throw lost(host, e);
            }
            reply = QueueReply.failure(e);
        }
        return QueueCodec.reply(reply);
    }

    /**
     * The embedded pool lost its database (it was closing while the server stopped): drop it, so the
     * next call opens a fresh one, and tell the caller the office is unreachable, which it retries.
     */
    private static SQLException lost(Host host, RuntimeException cause) {
        release(host.path());
        return new SQLException(UNAVAILABLE + ": " + cause.getMessage(), "08006", cause);
    }

    /** Closes the embedded pool kept for a database, e.g. when its office server stops. */
    public static void release(String databasePath) {
        Host host = HOSTS.remove(databasePath);
        if (host != null) {
            host.close();
        }
    }

    /** Closes every pool kept by this JVM. */
    public static void releaseAll() {
        HOSTS.keySet().forEach(QueueProcedure::release);
    }

    private static String databasePath(Connection session) throws SQLException {
        // H2 hands the function its own session: ask the engine for the path instead of running
        // CALL DATABASE_PATH() on every call (it was a tenth of the work of a queue call).
        if (session.isWrapperFor(org.h2.jdbc.JdbcConnection.class)
                && session.unwrap(org.h2.jdbc.JdbcConnection.class).getSession() instanceof org.h2.engine.SessionLocal local) {
            // Kept per engine database: H2 resolves the real path on the disk each time it is asked.
            String path = PATHS.computeIfAbsent(local.getDatabase(), org.h2.engine.Database::getDatabasePath);
            if (path != null) {
                return path;
            }
        }
        try (Statement st = session.createStatement(); ResultSet rs = st.executeQuery("CALL DATABASE_PATH()")) {
            rs.next();
            String path = rs.getString(1);
            if (path == null) {
                throw new SQLException("sportello_queue needs a file database (this one is in memory)");
            }
            return path;
        }
    }

    static Serializable execute(QueueService q, QueueCall c) {
        var s = c.session();
        return switch (c.op()) {
            case ISSUE -> q.issue((IssueRequest) c.args()[0]);
            case OPEN_COUNTER -> {
                q.openCounter(s, c.intArg(0));
                yield null;
            }
            case CLOSE_COUNTER -> {
                q.closeCounter(s, c.intArg(0));
                yield null;
            }
            case PAUSE -> {
                q.pause(s, c.intArg(0), c.stringArg(1));
                yield null;
            }
            case RESUME -> {
                q.resume(s, c.intArg(0));
                yield null;
            }
            case CALL_NEXT -> q.callNext(s, c.intArg(0)).orElse(null);
            case CALL_SPECIFIC -> q.callSpecific(s, c.intArg(0), c.stringArg(1), c.stringArg(2));
            case RECALL -> q.recall(s, c.intArg(0));
            case NO_SHOW -> q.noShow(s, c.intArg(0));
            case FINISH -> q.finish(s, c.intArg(0), (Outcome) c.args()[1]);
            case TRANSFER_TO_SERVICE -> q.transferToService(s, c.intArg(0), c.stringArg(1));
            case TRANSFER_TO_COUNTER -> q.transferToCounter(s, c.intArg(0), c.intArg(1));
            case CANCEL -> q.cancel(s, c.stringArg(0), c.stringArg(1));
            case CLOSE_DAY -> q.closeDay(s);
            case CURRENT -> q.current(c.intArg(0)).orElse(null);
            case FIND_TODAY -> q.findToday(c.stringArg(0)).orElse(null);
            case WAITING -> new ArrayList<>(q.waiting());
            case OVERVIEW -> q.overview();
        };
    }

    /** The embedded side of one hosted database: a pool, the office directory and the queue's turns. */
    private static final class Host {
        private final String path;
        private final OfficeDatabase database;
        private final QueueTurns turns;

        Host(String path) {
            this.path = path;
            this.database = OfficeDatabase.open("jdbc:h2:file:" + path);
            OfficeDirectory directory = new RecentOfficeDirectory(JooqOfficeDirectory.soleOffice(database), System::nanoTime);
            this.turns = new QueueTurns(database, directory, path);
        }

        Serializable run(QueueCall call) {
            return turns.run(call);
        }

        String path() {
            return path;
        }

        void close() {
            turns.close();
            database.close();
        }
    }
}

package org.sportello.server.sync;

import java.sql.SQLException;
import org.sportello.model.sync.SyncFault;

/** A failed sync round with a message for a person and a {@link SyncProblem} for the caller. */
public final class SyncException extends RuntimeException {
    private final SyncProblem problem;
    private final SyncFault fault;

    public SyncException(SyncProblem problem, String message, Throwable cause) {
        this(problem, problem == SyncProblem.UNREACHABLE ? SyncFault.UNREACHABLE : SyncFault.FAILED, message, cause);
    }

    SyncException(SyncProblem problem, SyncFault fault, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.fault = fault;
    }

    public SyncException(SyncProblem problem, String message) {
        this(problem, message, null);
    }

    public SyncProblem problem() {
        return problem;
    }

    /** What the desk tells the supervisor (in the supervisor's language); the message is the technical detail. */
    public SyncFault fault() {
        return fault;
    }

    static SyncException refused(SyncFault fault, String message) {
        return new SyncException(SyncProblem.REFUSED, fault, message, null);
    }

    /** Classifies a driver failure: connection classes (08, 57P) are outages, the rest failures. */
    static SyncException from(String where, Throwable e) {
        if (e instanceof SyncException s) {
            return s;
        }
        SQLException sql = sqlCause(e);
        String state = sql == null ? null : sql.getSQLState();
        boolean link = sql == null ? e instanceof java.io.IOException
                : state == null || state.startsWith("08") || state.startsWith("57P")
                        || sql instanceof java.sql.SQLTransientConnectionException
                        || sql instanceof java.sql.SQLNonTransientConnectionException;
        String detail = firstLine(e.getMessage());
        return new SyncException(link ? SyncProblem.UNREACHABLE : SyncProblem.FAILED,
                (link ? where + " cannot be reached: " : where + " failed: ") + detail, e);
    }

    static String firstLine(String m) {
        if (m == null) {
            return "(no message)";
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }
}

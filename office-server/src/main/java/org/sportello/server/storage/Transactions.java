package org.sportello.server.storage;

import java.sql.SQLException;
import java.util.function.Function;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;

/**
 * Runs a unit of work in one transaction, retrying when H2 reports a lock conflict or a unique
 * race (another client numbered or claimed the same row first). A connection failure becomes
 * {@link Problem#OFFICE_UNAVAILABLE}.
 */
final class Transactions {
    private static final int MAX_ATTEMPTS = 50;
    private final OfficeDatabase database;

    Transactions(OfficeDatabase database) {
        this.database = database;
    }

    <T> T run(Function<DSLContext, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return database.dsl().transactionResult((Configuration cfg) -> work.apply(DSL.using(cfg)));
            } catch (DataAccessException e) {
                if (isRetryable(e) && attempt < MAX_ATTEMPTS) {
                    backOff(attempt);
                    continue;
                }
                if (isConnectionFailure(e)) {
                    throw new SportelloException(Problem.OFFICE_UNAVAILABLE, e, database.url());
                }
                throw e;
            } catch (RetryException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw new IllegalStateException("gave up after " + attempt + " conflicting attempts", e);
                }
                backOff(attempt);
            }
        }
    }

    /**
     * As {@link #run}, and the commit is forced onto the disk before this returns (ADR 24): for what the
     * law asks the office to keep, such as protocol numbers and issued documents, which must survive a
     * power cut too. A document a minute can afford the disk's flush that the queue's turns share.
     */
    <T> T runDurably(Function<DSLContext, T> work) {
        T result = run(work);
        database.syncToDisk();
        return result;
    }

    /** Thrown inside a unit of work to roll it back and try again. */
    static final class RetryException extends RuntimeException {
        RetryException(String why) {
            super(why, null, false, false);
        }
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(Math.min(50, attempt * (1 + (long) (Math.random() * 3))));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", ie);
        }
    }

    static boolean isRetryable(Throwable e) {
        SQLException sql = sqlCause(e);
        if (sql == null) {
            return false;
        }
        // H2: 90131 concurrent update, 40001 deadlock, 50200 lock timeout, 23505 unique violation.
        int code = sql.getErrorCode();
        return code == 90131 || code == 40001 || code == 50200 || code == 23505
                || "40001".equals(sql.getSQLState()) || "23505".equals(sql.getSQLState());
    }

    static boolean isUniqueViolation(Throwable e, String constraint) {
        SQLException sql = sqlCause(e);
        return sql != null && ("23505".equals(sql.getSQLState()) || sql.getErrorCode() == 23505)
                && sql.getMessage() != null
                && sql.getMessage().toLowerCase(java.util.Locale.ROOT).contains(constraint);
    }

    static boolean isConnectionFailure(Throwable e) {
        SQLException sql = sqlCause(e);
        if (sql == null) {
            return true;
        }
        if (sql instanceof java.sql.SQLTransientConnectionException
                || sql instanceof java.sql.SQLNonTransientConnectionException) {
            return true;
        }
        String state = sql.getSQLState();
        // 08xxx: connection exceptions; H2 90067 connection broken, 90098 database closed,
        // 90020 database in use, 90046 URL format.
        int code = sql.getErrorCode();
        return (state != null && state.startsWith("08")) || code == 90067 || code == 90098 || code == 90020
                || code == 90028 || code == 90121;
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

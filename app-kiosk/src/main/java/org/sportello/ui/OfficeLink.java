package org.sportello.ui;

import java.time.Clock;
import java.util.Objects;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;

/**
 * The way to the office database for an app that must come up even when the database does not:
 * either an open connection, or a URL that is connected on first use and again on every later use
 * until it works. The pool is made once and kept, so a retry loop does not leak pools.
 */
public final class OfficeLink implements AutoCloseable {
    private final OfficeDatabase database;
    private final Clock clock;
    private volatile OfficeConnection connection;

    private OfficeLink(OfficeDatabase database, Clock clock, OfficeConnection connection) {
        this.database = database;
        this.clock = clock;
        this.connection = connection;
    }

    /** A connection the caller has already opened. */
    public static OfficeLink of(OfficeConnection connection) {
        return new OfficeLink(connection.database(), null, Objects.requireNonNull(connection));
    }

    /** Connects lazily; opening the pool does not touch the database yet. */
    public static OfficeLink to(String url, Clock clock) {
        return new OfficeLink(OfficeDatabase.open(url), clock, null);
    }

    /**
     * The connection, opening it now if it was not yet. May block for the pool's connection timeout;
     * call it off the UI thread.
     *
     * @throws SportelloException {@link Problem#OFFICE_UNAVAILABLE} (or another failure of the
     *     database) while the office cannot be reached
     */
    public OfficeConnection get() {
        OfficeConnection c = connection;
        if (c != null) {
            return c;
        }
        synchronized (this) {
            if (connection == null) {
                connection = OfficeConnection.open(database, clock);
            }
            return connection;
        }
    }

    public boolean isConnected() {
        return connection != null;
    }

    /**
     * True when a failure means "the office database cannot be used now": the database reported it
     * unreachable, or failed in a way the app cannot explain to a citizen (a driver or SQL error).
     * Other {@link SportelloException}s are answers about the request itself, such as a closed service.
     */
    public static boolean isOutage(Throwable failure) {
        if (failure instanceof SportelloException e) {
            return e.problem() == Problem.OFFICE_UNAVAILABLE;
        }
        return true;
    }

    @Override
    public void close() {
        database.close();
    }
}

package org.sportello.operator.office;

import java.time.Clock;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;

/**
 * Opens the office connection on first use and again after a failed attempt, so a workstation
 * switched on before the office server still comes up and connects when it can.
 */
public final class DeferredOffice implements OfficeLink, AutoCloseable {
    private final String url;
    private final Clock clock;
    private OfficeConnection connection;
    private OfficeServices services;

    public DeferredOffice(String url, Clock clock) {
        this.url = url;
        this.clock = clock;
    }

    @Override
    public synchronized OfficeServices services() {
        if (services == null) {
            OfficeDatabase database = OfficeDatabase.open(url);
            try {
                connection = OfficeConnection.open(database, clock);
            } catch (SportelloException e) {
                database.close();
                throw e;
            } catch (RuntimeException e) {
                // Opening reads the directory through jOOQ; any failure there means "not reachable yet".
                database.close();
                throw new SportelloException(Problem.OFFICE_UNAVAILABLE, e, url);
            }
            services = OfficeServices.of(connection);
        }
        return services;
    }

    @Override
    public boolean reachable() {
        try {
            services();
        } catch (RuntimeException e) {
            return false;
        }
        OfficeConnection open;
        synchronized (this) {
            open = connection;
        }
        return open.database().isReachable();
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
            connection = null;
            services = null;
        }
    }
}

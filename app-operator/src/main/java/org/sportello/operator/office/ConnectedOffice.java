package org.sportello.operator.office;

import org.sportello.server.storage.OfficeConnection;

/** A connection someone else opened (the demo launcher, a test); its pool reconnects by itself. */
public final class ConnectedOffice implements OfficeLink {
    private final OfficeConnection connection;
    private final OfficeServices services;

    public ConnectedOffice(OfficeConnection connection) {
        this.connection = connection;
        this.services = OfficeServices.of(connection);
    }

    @Override
    public OfficeServices services() {
        return services;
    }

    @Override
    public boolean reachable() {
        return connection.database().isReachable();
    }
}

package org.sportello.server.central;

import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Creates or upgrades the central schema from {@code db/central} (PostgreSQL only: row-level
 * security and xid8 have no H2 equivalent, so central keeps its own migrations).
 */
public final class CentralSchema {
    public static final String LOCATION = "classpath:db/central";

    private CentralSchema() {
    }

    /** @return migrations applied now (0 when already up to date) */
    public static int migrate(CentralLogin admin) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(admin.url());
        if (admin.user() != null) {
            ds.setUser(admin.user());
        }
        if (admin.password() != null) {
            ds.setPassword(admin.password());
        }
        ds.setConnectTimeout(CentralLogin.CONNECT_TIMEOUT_SECONDS);
        return Flyway.configure()
                .dataSource(ds)
                .locations(LOCATION)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}

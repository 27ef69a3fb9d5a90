package org.sportello.server.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

    /**
     * Migrates, then lets central accept offices up to the newest office schema this build ships: the
     * remedy the handshake gives an office that is newer than central is "central init from this
     * version".
     *
     * @return migrations applied now (0 when already up to date)
     */
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
        int applied = Flyway.configure()
                .dataSource(ds)
                .locations(LOCATION)
                .load()
                .migrate()
                .migrationsExecuted;
        acceptShippedOfficeSchema(admin);
        return applied;
    }

    private static void acceptShippedOfficeSchema(CentralLogin admin) {
        try (Connection c = admin.connect();
             PreparedStatement ps = c.prepareStatement(
                     "UPDATE sync_contract SET office_schema_max = GREATEST(office_schema_max, ?)")) {
            ps.setInt(1, ShippedOfficeSchema.version());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("central was migrated but its sync contract could not be updated: "
                    + e.getMessage(), e);
        }
    }
}

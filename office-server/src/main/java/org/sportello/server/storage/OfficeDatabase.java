package org.sportello.server.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;

/**
 * The office database: an H2 file opened embedded on a single machine, or the office-server's H2
 * over TCP when several workstations share it. Schema by Flyway; all access through jOOQ.
 */
public final class OfficeDatabase implements AutoCloseable {
    /** H2 settings every connection needs: PostgreSQL mode so the same SQL runs on central. */
    static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64";
    /**
     * Embedded file databases write every commit into the file before the commit returns (ADR 24). H2's
     * default (500 ms) keeps commits in memory for a background writer, so a killed process lost tickets
     * it had already answered. Over TCP the server process owns the setting.
     */
    static final String DURABLE_COMMITS = ";WRITE_DELAY=0";
    public static final String DEFAULT_USER = "sportello";

    /** Flyway logs every step at INFO through java.util.logging; keep the console for what matters. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
        System.setProperty("org.jooq.no-logo", System.getProperty("org.jooq.no-logo", "true"));
        System.setProperty("org.jooq.no-tips", System.getProperty("org.jooq.no-tips", "true"));
    }

    private final String url;
    private final HikariDataSource pool;
    private final DSLContext dsl;

    private OfficeDatabase(String url, String user, String password, int maxConnections) {
        this.url = url;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(withSettings(url));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(maxConnections);
        config.setMinimumIdle(0);
        // Fail fast when the office server is down: the apps show it and retry on their own. A file
        // database on this machine is never "down", but opening it may take a while (engine start on
        // a busy machine, recovery after a power cut): give it that time instead of an error.
        config.setConnectionTimeout(isRemote(url) ? 3000 : 30000);
        config.setValidationTimeout(1000);
        config.setInitializationFailTimeout(-1);
        config.setPoolName("office-db");
        this.pool = new HikariDataSource(config);
        this.dsl = DSL.using(pool, SQLDialect.H2);
    }

    public static OfficeDatabase open(String url, String user, String password) {
        return new OfficeDatabase(url, user, password, 64);
    }

    public static OfficeDatabase open(String url) {
        return open(url, DEFAULT_USER, DEFAULT_USER);
    }

    /** The embedded file database in a data directory. */
    public static String fileUrl(java.nio.file.Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("office").toString().replace('\\', '/');
    }

    public static String tcpUrl(String host, int port) {
        return "jdbc:h2:tcp://" + host + ":" + port + "/office";
    }

    static String withSettings(String url) {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("the office database URL must start with jdbc:h2: (" + url + ")");
        }
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        String withMode = upper.contains(";MODE=") ? url : url + H2_SETTINGS;
        boolean embeddedFile = upper.startsWith("JDBC:H2:FILE:") || upper.startsWith("JDBC:H2:NIO:");
        return embeddedFile && !upper.contains(";WRITE_DELAY=") ? withMode + DURABLE_COMMITS : withMode;
    }

    /**
     * Opens one connection straight through the driver and closes it: an unreadable file (damaged,
     * truncated, not a database) or a locked one fails here at once with H2's own error, where the pool
     * would wait its whole connection timeout and then report only that it timed out.
     */
    public static void probe(String url) throws SQLException {
        try (Connection c = connectDirectly(url)) {
            c.isValid(2);
        }
    }

    /**
     * One connection straight through the driver, outside the pool, with the same settings. For a
     * connection that must outlive everything else and end the database with {@code SHUTDOWN}: the pool's
     * wrapper would touch it again on close, after H2 had ended its session.
     */
    public static Connection connectDirectly(String url) throws SQLException {
        return java.sql.DriverManager.getConnection(withSettings(url), DEFAULT_USER, DEFAULT_USER);
    }

    /** Where this database's schema stands against the migrations this build ships (Flyway's history). */
    public SchemaState schema() {
        org.flywaydb.core.api.MigrationInfoService info = flyway().info();
        org.flywaydb.core.api.MigrationInfo current = info.current();
        String shipped = null;
        boolean newer = false;
        for (org.flywaydb.core.api.MigrationInfo m : info.all()) {
            if (m.getVersion() == null) {
                continue;
            }
            if (m.getState().isResolved()) {
                shipped = m.getVersion().getVersion();
            }
            newer |= m.getState() == org.flywaydb.core.api.MigrationState.FUTURE_SUCCESS
                    || m.getState() == org.flywaydb.core.api.MigrationState.FUTURE_FAILED;
        }
        return new SchemaState(current == null || current.getVersion() == null ? null : current.getVersion().getVersion(),
                shipped, info.pending().length, newer);
    }

    /**
     * @param applied  the newest migration applied to this database ({@code "9.3"}), null when it has none
     * @param shipped  the newest migration this build ships
     * @param pending  migrations this build would apply
     * @param newer    the database has migrations this build does not know: a newer Sportello made it
     */
    public record SchemaState(String applied, String shipped, int pending, boolean newer) {
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .load();
    }

    /** Creates or upgrades the schema. */
    public int migrate() {
        int executed = flyway()
                .migrate()
                .migrationsExecuted;
        // Databases made before the queue moved into the office server declare the queue function
        // workstations called over TCP (ADR 10); its class is gone. Not a Flyway migration: it was never
        // one (H2-only, and central PostgreSQL shares the migrations).
        dsl.execute("DROP ALIAS IF EXISTS sportello_queue");
        return executed;
    }

    /** True when the database is another machine's (or process's) server, reached over the network. */
    public boolean isRemote() {
        return isRemote(url);
    }

    private static boolean isRemote(String url) {
        String u = url.toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("jdbc:h2:tcp:") || u.startsWith("jdbc:h2:ssl:");
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return pool;
    }

    public String url() {
        return url;
    }

    /**
     * Forces what is committed so far from the operating system's cache onto the disk (fsync), so it
     * also survives a power cut, not only a killed process (ADR 24). Every commit is already in the file
     * when it returns; this adds the disk's flush, a few milliseconds, to the caller that needs it: call
     * it after the commit and before answering. Concurrent callers each flush; one flush covers every
     * commit made before it.
     *
     * @throws SportelloException {@link Problem#OFFICE_UNAVAILABLE} when the flush fails (the disk is
     *                            failing or full): the change is committed but may not survive a power cut
     */
    public void syncToDisk() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new SportelloException(Problem.OFFICE_UNAVAILABLE, e, url);
        }
    }

    /** The write delay the database runs with, in milliseconds: 0 when every commit is written before it returns. */
    public int writeDelayMillis() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            if (!r.next()) {
                throw new IllegalStateException("the office database does not report its WRITE_DELAY");
            }
            return Integer.parseInt(r.getString(1).strip());
        } catch (SQLException e) {
            throw new SportelloException(Problem.OFFICE_UNAVAILABLE, e, url);
        }
    }

    /** True when a connection can be opened and answers; used by the apps' retry loops. */
    public boolean isReachable() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    public void checkReachable() {
        try (Connection c = pool.getConnection()) {
            if (!c.isValid(2)) {
                throw new SportelloException(Problem.OFFICE_UNAVAILABLE, url);
            }
        } catch (SQLException e) {
            throw new SportelloException(Problem.OFFICE_UNAVAILABLE, e, url);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}

package org.sportello.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.tools.Server;
import org.sportello.model.persistence.OfficeDatabase;

/**
 * Hosts the office database for the workstations: an H2 file database in a data folder, served over
 * TCP.
 *
 * <p>The database is created and migrated here, embedded, before the port opens: clients never see
 * a half-built schema, and the TCP server does not need {@code -ifNotExists}. That flag lets any
 * client that reaches the port create a new database under the data folder with itself as admin,
 * and an H2 admin can run Java code on the server ({@code CREATE ALIAS}); together with
 * {@code -tcpAllowOthers} that would hand the server machine to anyone on the office network.
 *
 * <p>While it runs, the server keeps one embedded connection open. It keeps the database open when
 * no workstation is connected (otherwise H2 would close and reopen the file with every client), and
 * it is the connection that runs {@code SHUTDOWN} on {@link #close()}, after the TCP sessions are
 * gone, so every committed transaction is on disk when the process ends.
 */
public final class OfficeServer implements AutoCloseable {
    /** The database file inside the data folder: {@code office.mv.db}. */
    public static final String DATABASE_NAME = "office";

    /**
     * How to run the server.
     *
     * @param dataDir       folder for the database file; created when missing
     * @param port          TCP port; 0 picks a free one
     * @param allowRemote   accept connections from other machines ({@code -tcpAllowOthers}); when false
     *                      only this machine can connect
     * @param advertisedHost the host name put in the client URL; null for this machine's name (or
     *                      "localhost" when remote connections are off)
     */
    public record Options(Path dataDir, int port, boolean allowRemote, String advertisedHost) {
        public Options {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
            }
        }
    }

    private final Options options;
    private final Path dataDir;
    private final OfficeDatabase local;
    private final Connection keepOpen;
    private final Server tcp;
    private final String clientUrl;
    private final int migrationsApplied;
    private final java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
    private final List<AutoCloseable> companions = new ArrayList<>();
    private Thread shutdownHook;
    private boolean closed;

    private OfficeServer(Options options) {
        this.options = options;
        this.dataDir = realDirectory(options.dataDir());
        // H2 closes open databases in a shutdown hook of its own, which would race with ours and could
        // close the file under sessions still being served; this server decides the order itself.
        this.local = OfficeDatabase.open(OfficeDatabase.fileUrl(dataDir) + ";DB_CLOSE_ON_EXIT=FALSE");
        try {
            this.migrationsApplied = local.migrate();
            this.keepOpen = local.dataSource().getConnection();
            this.tcp = Server.createTcpServer(tcpArguments(options, dataDir)).start();
        } catch (SQLException | RuntimeException e) {
            local.close();
            throw new ServerStartException(describeStartFailure(options, e), e);
        }
        this.clientUrl = OfficeDatabase.tcpUrl(advertisedHost(options), tcp.getPort());
    }

    /** Creates or opens the database in {@code options.dataDir()}, migrates it and starts listening. */
    public static OfficeServer start(Options options) {
        return new OfficeServer(options);
    }

    private static String[] tcpArguments(Options options, Path dataDir) {
        List<String> args = new ArrayList<>(List.of("-tcpPort", Integer.toString(options.port()),
                "-baseDir", dataDir.toString(), "-tcpDaemon"));
        if (options.allowRemote()) {
            args.add("-tcpAllowOthers");
        }
        return args.toArray(String[]::new);
    }

    private static Path realDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            // The embedded connection and the TCP sessions must name the same file, or H2 would
            // open it twice and refuse the second open as "already in use".
            return dir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the data folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String advertisedHost(Options options) {
        if (options.advertisedHost() != null && !options.advertisedHost().isBlank()) {
            return options.advertisedHost().strip();
        }
        if (!options.allowRemote()) {
            return "localhost";
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            // A machine without a resolvable name still serves; the technician passes --host.
            return "localhost";
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException afterShutdown) {
            // SHUTDOWN already ended this session; nothing is left to release.
        }
    }

    private static String describeStartFailure(Options options, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage());
            if ((t instanceof SQLException sql && sql.getErrorCode() == 90061) || text.contains("port may be in use")) {
                return "cannot listen on port " + options.port() + ": it is in use";
            }
            if ((t instanceof SQLException sql && sql.getErrorCode() == 90020) || text.contains("file is locked")) {
                return "the database in " + options.dataDir() + " is in use by another process"
                        + " (is another office server running on it?)";
            }
        }
        return "cannot start the office server in " + options.dataDir() + ": " + firstLine(String.valueOf(e.getMessage()));
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /** The URL workstations put in their configuration, e.g. {@code jdbc:h2:tcp://office-pc:9092/office}. */
    public String clientUrl() {
        return clientUrl;
    }

    /** The same database for a client on this machine, whatever name was advertised. */
    public String localClientUrl() {
        return OfficeDatabase.tcpUrl("localhost", tcp.getPort());
    }

    public int port() {
        return tcp.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean allowsRemote() {
        return options.allowRemote();
    }

    /** The office database on this machine (embedded), for tasks that run inside the server, such as the sync. */
    public javax.sql.DataSource localDataSource() {
        return local.dataSource();
    }

    /**
     * Something that runs inside the server and must stop before the database shuts down (the central
     * sync); closed first, in reverse order of attachment, by {@link #close()}.
     */
    public synchronized void attach(AutoCloseable companion) {
        if (closed) {
            throw new IllegalStateException("the office server is already closed");
        }
        companions.add(companion);
    }

    /** Schema migrations applied by this start (0 when the database was already up to date). */
    public int migrationsApplied() {
        return migrationsApplied;
    }

    /**
     * Closes the server when the JVM is asked to stop (Ctrl-C, SIGTERM, service stop), then runs
     * {@code afterStop} (e.g. to tell the console); the JVM may halt right after the hook returns.
     */
    public synchronized OfficeServer stopOnShutdown(Runnable afterStop) {
        if (shutdownHook == null && !closed) {
            shutdownHook = new Thread(() -> closeFromHook(afterStop), "office-server-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        return this;
    }

    private void closeFromHook(Runnable afterStop) {
        synchronized (this) {
            shutdownHook = null;
        }
        close();
        afterStop.run();
    }

    /** Blocks until {@link #close()} has finished, e.g. the main thread of {@code sportello office serve}. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    public synchronized boolean isRunning() {
        return !closed;
    }

    /**
     * Stops listening, ends the workstations' sessions (rolling back what they had not committed) and
     * shuts the database down so every commit is in the file. Safe to call twice.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // The hook is running or about to; it will find the server closed.
            }
            shutdownHook = null;
        }
        for (int i = companions.size() - 1; i >= 0; i--) {
            try {
                companions.get(i).close();
            } catch (Exception e) {
                // Stopping the database matters more: every commit must reach the file.
                System.err.println("office server: " + companions.get(i) + " did not stop cleanly: " + e.getMessage());
            }
        }
        tcp.stop();
        try (Statement s = keepOpen.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("the office database did not shut down cleanly: " + e.getMessage(), e);
        } finally {
            closeQuietly(keepOpen);
            local.close();
            stopped.countDown();
        }
    }
}

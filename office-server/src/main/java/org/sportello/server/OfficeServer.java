package org.sportello.server;

import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.sportello.server.backup.UnreadableDatabase;
import org.sportello.server.storage.CrashRecovery;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.protocol.station.StationIdentity;
import org.sportello.server.privacy.DataFolderPermissions;
import org.sportello.server.privacy.PrivacyTexts;
import org.sportello.server.station.EnrolmentApi;
import org.sportello.server.station.LocalAdmin;
import org.sportello.server.station.OfficeCa;
import org.sportello.server.station.ProtocolVersionCheck;
import org.sportello.server.station.RevocationListener;
import org.sportello.server.station.ServerTls;
import org.sportello.server.station.StationAuthInterceptor;
import org.sportello.server.station.StationEnrolment;
import org.sportello.server.station.StationRegistry;

/**
 * The office server: the office database (H2) embedded in this process, and the office protocol
 * (gRPC over TLS 1.3) for the workstations on two ports (ADR 23).
 *
 * <ul>
 *   <li>the main port (9443 by default) serves the office's services to enrolled stations only: the
 *       client certificate must be the office CA's, and {@link StationAuthInterceptor} refuses unknown
 *       and revoked ones;</li>
 *   <li>the enrolment port (main + 1) serves {@code Enrolment.Join} alone, to stations that have a
 *       one-time code and no certificate yet.</li>
 * </ul>
 *
 * <p>No SQL port is opened: nothing outside this process can reach the database. The database is
 * created and migrated before the ports open. One embedded connection stays open while the server
 * runs (so H2 does not close and reopen the file) and runs {@code SHUTDOWN} on {@link #close()}, after
 * the ports are closed, so every committed transaction is in the file when the process ends.
 * {@code WRITE_DELAY=0}: an answered commit is on disk, not in a buffer flushed half a second later.
 */
public final class OfficeServer implements AutoCloseable {
    /** The database file inside the data folder: {@code office.mv.db}. */
    public static final String DATABASE_NAME = "office";
    public static final int DEFAULT_PORT = 9443;
    /** In the data folder while the server runs: the local address of its main port, for commands. */
    public static final String RUNNING_FILE = "server.address";
    static final String EMBEDDED_SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    private static final long HANDSHAKE_SECONDS = 10;
    /** Names the threads that run the services' handlers, e.g. for profiles. */
    public static final String CALL_THREAD = "office-call-";
    /** Names the server's Netty event loops (accepting, TLS, HTTP/2), e.g. for profiles. */
    public static final String NETWORK_THREAD = "office-net-";

    /**
     * How to run the server.
     *
     * @param dataDir        the data folder (database, {@code tls/}, {@code admin/}); created when missing
     * @param port           the main port; 0 picks a free one
     * @param enrolmentPort  the enrolment port; negative for main + 1 (a free one when {@code port} is 0)
     * @param loopbackOnly   listen on 127.0.0.1 only (tests, a single-machine office); otherwise on all
     *                       interfaces
     * @param advertisedHost the host workstations use, printed and written into the server certificate;
     *                       null for this machine's name (127.0.0.1 when loopback only)
     * @param clock          the server's clock (enrolment codes expire by it)
     * @param oldestProtocol the oldest office protocol a station may speak ({@link ProtocolVersionCheck})
     */
    public record Options(Path dataDir, int port, int enrolmentPort, boolean loopbackOnly, String advertisedHost,
                          Clock clock, int oldestProtocol) {
        public Options {
            Objects.requireNonNull(dataDir, "dataDir");
            Objects.requireNonNull(clock, "clock");
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
            }
            if (enrolmentPort > 65_535) {
                throw new IllegalArgumentException("enrolment port must be between 0 and 65535: " + enrolmentPort);
            }
        }

        /** Port 9443 and 9444 on all interfaces, the machine's name, the system clock. */
        public static Options in(Path dataDir) {
            return new Options(dataDir, DEFAULT_PORT, -1, false, null, Clock.systemUTC(),
                    ProtocolVersionCheck.OLDEST_ACCEPTED);
        }

        /** Free ports on 127.0.0.1 only: tests and benchmarks. */
        public static Options loopback(Path dataDir) {
            return new Options(dataDir, 0, -1, true, null, Clock.systemUTC(), ProtocolVersionCheck.OLDEST_ACCEPTED);
        }

        public Options withPort(int mainPort) {
            return new Options(dataDir, mainPort, enrolmentPort, loopbackOnly, advertisedHost, clock, oldestProtocol);
        }

        public Options withEnrolmentPort(int port) {
            return new Options(dataDir, this.port, port, loopbackOnly, advertisedHost, clock, oldestProtocol);
        }

        public Options withLoopbackOnly(boolean loopback) {
            return new Options(dataDir, port, enrolmentPort, loopback, advertisedHost, clock, oldestProtocol);
        }

        public Options withHost(String host) {
            return new Options(dataDir, port, enrolmentPort, loopbackOnly, host, clock, oldestProtocol);
        }

        public Options withClock(Clock c) {
            return new Options(dataDir, port, enrolmentPort, loopbackOnly, advertisedHost, c, oldestProtocol);
        }

        /** A server that refuses stations older than {@code version}: an upgrade that changed the wire. */
        public Options withOldestProtocol(int version) {
            return new Options(dataDir, port, enrolmentPort, loopbackOnly, advertisedHost, clock, version);
        }

        int wantedEnrolmentPort() {
            if (enrolmentPort >= 0) {
                return enrolmentPort;
            }
            return port == 0 ? 0 : port + 1;
        }
    }

    private final Options options;
    private final Path dataDir;
    private final OfficeDatabase local;
    private final Connection keepOpen;
    private final int migrationsApplied;
    private final Path upgradeBackup;
    private final OfficeCa ca;
    private final StationRegistry stations;
    private final StationAuthInterceptor authInterceptor;
    private final StationIdentity localAdmin;
    private final ServerThreads threads;
    private final Server main;
    private final Server enrolment;
    private final String host;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final List<AutoCloseable> companions = new ArrayList<>();
    private Thread shutdownHook;
    private boolean closed;

    /** A file recovery cannot read is left to {@link #checkDatabaseOpens}, which explains what to do. */
    private static void recoverLastCommits(Path dataDir) {
        try {
            if (CrashRecovery.recoverLastCommits(dataDir)) {
                java.util.logging.Logger.getLogger(OfficeServer.class.getName()).info("the office database was not closed cleanly; its last commits were recovered");
            }
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(OfficeServer.class.getName()).log(java.util.logging.Level.WARNING,
                    "crash recovery could not read the office database", e);
        }
    }

    private OfficeServer(Options options, Function<OfficeServer, List<? extends BindableService>> services) {
        this.options = options;
        this.dataDir = realDirectory(options.dataDir());
        try {
            DataFolderPermissions.requirePrivate(dataDir, PrivacyTexts.in(java.util.Locale.getDefault()));
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw ServerStartException.refusal(e.getMessage(), e);
        }
        this.host = advertisedHost(options);
        // Before the first open of any kind: an unclean stop may have hidden the last answered commits
        // from H2's ordinary open, and that open's first write would lose them for good (ADR 24).
        recoverLastCommits(dataDir);
        // Before any thread or port: a database that cannot be opened stops the start here, with nothing
        // left behind to clean up (ADR 25).
        checkDatabaseOpens(options, dataDir);
        // H2 closes open databases in a shutdown hook of its own, which would race with ours and could
        // close the file under calls still being served; this server decides the order itself.
        this.local = OfficeDatabase.open(inProcessUrl(dataDir));
        refuseNewerSchema(local);
        this.upgradeBackup = backUpBeforeMigrating(local, dataDir, options.clock());
        Server mainPort = null;
        this.threads = new ServerThreads(networkThreads());
        try {
            this.migrationsApplied = local.migrate();
            // H2 made the files with the process's umask; the folder is private already, the files follow.
            DataFolderPermissions.makePrivate(dataDir);
            this.keepOpen = OfficeDatabase.connectDirectly(inProcessUrl(dataDir));
            this.ca = OfficeCa.openOrCreate(dataDir.resolve("tls"), List.of(host), options.clock());
            this.stations = StationRegistry.open(local.dataSource(), options.clock());
            this.localAdmin = LocalAdmin.ensure(dataDir.resolve("admin"), ca);
            stations.trustLocalAdmin(localAdmin.serial());
            this.authInterceptor = new StationAuthInterceptor(stations);
            InetAddress bind = options.loopbackOnly() ? InetAddress.getLoopbackAddress() : null;
            NettyServerBuilder mainBuilder = builder(threads, bind, options.port())
                    .sslContext(ServerTls.mutualTls(ca))
                    // Workstations keep their channel open and ping it; let them (see OfficeChannels).
                    .permitKeepAliveTime(20, TimeUnit.SECONDS)
                    .permitKeepAliveWithoutCalls(true);
            // The version is checked first (the last interceptor runs first): an old station hears "update", not "unknown".
            ProtocolVersionCheck versions = new ProtocolVersionCheck(options.oldestProtocol());
            for (BindableService s : services.apply(this)) {
                mainBuilder.addService(ServerInterceptors.intercept(s, authInterceptor, versions));
            }
            mainPort = mainBuilder.build().start();
            int enrolmentWanted = options.enrolmentPort() < 0 && options.port() == 0
                    ? 0 : options.wantedEnrolmentPort();
            EnrolmentApi join = new EnrolmentApi(new StationEnrolment(stations, ca), options.clock());
            this.enrolment = builder(threads, bind, enrolmentWanted)
                    .sslContext(ServerTls.enrolmentTls(ca))
                    .addService(ServerInterceptors.intercept(join, EnrolmentApi.remoteAddressInterceptor(), versions))
                    .build().start();
            this.main = mainPort;
            PrivateRunningFile.write(dataDir.resolve(RUNNING_FILE), "127.0.0.1:" + main.getPort());
        } catch (SQLException | IOException | RuntimeException e) {
            if (mainPort != null) {
                mainPort.shutdownNow();
            }
            threads.shutdown();
            local.close();
            throw new ServerStartException(describeStartFailure(options, e), e);
        }
    }

    /**
     * Creates or opens the database in {@code options.dataDir()}, migrates it, makes the office CA and
     * the local administrator on the first start, and serves {@code services} on the main port.
     */
    public static OfficeServer start(Options options, List<? extends BindableService> services) {
        List<? extends BindableService> fixed = List.copyOf(services);
        return new OfficeServer(options, server -> fixed);
    }

    /**
     * As {@link #start(Options, List)}, for services that need the server's parts: {@code services} is
     * called once the database is migrated and the station registry and CA are ready, before the ports
     * open, with this server ({@link #officeDatabase()}, {@link #stations()}, {@link #onRevoked},
     * {@link #officeCa()} and {@link #dataDir()} may be used; the ports are not open yet).
     */
    public static OfficeServer start(Options options, Function<OfficeServer, List<? extends BindableService>> services) {
        return new OfficeServer(options, services);
    }

    /** A server with enrolment only (the services come later, from the integrator). */
    public static OfficeServer start(Options options) {
        return start(options, List.of());
    }

    /** The embedded database URL as the server opens it; usable from this process only. */
    public static String inProcessUrl(Path dataDir) {
        return OfficeDatabase.fileUrl(dataDir) + EMBEDDED_SETTINGS;
    }

    /**
     * One event loop per core. Netty's default is twice that; on an office PC with two cores that
     * meant four loops taking turns on two cores with the handlers and the queue, each wake-up a
     * context switch, for no more throughput.
     */
    private static int networkThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static NettyServerBuilder builder(ServerThreads threads, InetAddress bind, int port) {
        InetSocketAddress address = bind == null ? new InetSocketAddress(port) : new InetSocketAddress(bind, port);
        return threads.apply(NettyServerBuilder.forAddress(address))
                .maxInboundMessageSize(ServerTls.MAX_INBOUND_BYTES)
                .handshakeTimeout(HANDSHAKE_SECONDS, TimeUnit.SECONDS);
    }

    private static Path realDirectory(Path dir) {
        try {
            DataFolderPermissions.makePrivate(dir);
            // Every open of the database must name the same file, or H2 would open it twice and refuse
            // the second open as "already in use".
            return dir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the data folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String advertisedHost(Options options) {
        if (options.advertisedHost() != null && !options.advertisedHost().isBlank()) {
            return options.advertisedHost().strip();
        }
        if (options.loopbackOnly()) {
            return "127.0.0.1";
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

    /**
     * Opens the database file once, straight through the driver: a damaged or foreign file is told in
     * plain words with the newest backup and the commands that restore it, a file in use as before.
     */
    /**
     * A database a newer Sportello has migrated holds rows this build does not understand; writing to it
     * could damage them. Refused before any thread or port, as an unreadable database is.
     */
    private static void refuseNewerSchema(OfficeDatabase database) {
        OfficeDatabase.SchemaState schema = database.schema();
        if (schema.newer()) {
            database.close();
            throw ServerStartException.refusal(org.sportello.server.backup.BackupTexts.text("start.newer",
                    schema.applied(), schema.shipped()), null);
        }
    }

    /**
     * An upgraded Sportello migrates the database at its first start; a migration cannot be undone, so
     * the database as the older version left it is copied first into {@code DATA/backups} as
     * {@code before-upgrade-<schema>-<time>.zip}. The nightly rotation never removes these. A copy that
     * fails stops the start: migrating without it would leave no way back.
     *
     * @return the backup, or null when nothing is to migrate (or the database is new)
     */
    private static Path backUpBeforeMigrating(OfficeDatabase database, Path dataDir, Clock clock) {
        OfficeDatabase.SchemaState schema = database.schema();
        if (schema.pending() == 0 || schema.applied() == null) {
            return null;
        }
        try {
            Path file = org.sportello.server.backup.UpgradeBackup.take(database.dataSource(), dataDir, schema.applied(),
                    clock);
            java.util.logging.Logger.getLogger(OfficeServer.class.getName()).info(
                    "before migrating schema " + schema.applied() + " to " + schema.shipped() + ": backup " + file);
            return file;
        } catch (RuntimeException e) {
            database.close();
            throw ServerStartException.refusal(org.sportello.server.backup.BackupTexts.text("start.upgrade-backup-failed",
                    schema.applied(), schema.shipped(), String.valueOf(e.getMessage())), e);
        }
    }

    private static void checkDatabaseOpens(Options options, Path dataDir) {
        try {
            OfficeDatabase.probe(inProcessUrl(dataDir));
        } catch (SQLException e) {
            if (UnreadableDatabase.isUnreadable(e)) {
                throw ServerStartException.refusal(UnreadableDatabase.advice(dataDir, e,
                        java.time.LocalDate.ofInstant(options.clock().instant(), java.time.ZoneId.systemDefault())), e);
            }
            throw new ServerStartException(describeStartFailure(options, e), e);
        }
    }

    private static String describeStartFailure(Options options, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage());
            if (t instanceof BindException || text.contains("Address already in use")) {
                return "cannot listen on port " + options.port()
                        + (options.wantedEnrolmentPort() > 0 ? " or " + options.wantedEnrolmentPort() : "")
                        + ": it is in use";
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

    /** What workstations use as {@code --office}: {@code host:port}, e.g. {@code office-pc:9443}. */
    public String address() {
        return host + ":" + main.getPort();
    }

    /** The main port, for a client on this machine: {@code 127.0.0.1:port}. */
    public String localAddress() {
        return "127.0.0.1:" + main.getPort();
    }

    public int port() {
        return main.getPort();
    }

    public int enrolmentPort() {
        return enrolment.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean loopbackOnly() {
        return options.loopbackOnly();
    }

    /** The embedded office database, for the services that run inside the server. */
    public OfficeDatabase officeDatabase() {
        return local;
    }

    /** The office database on this machine (embedded), for tasks that run inside the server, such as the sync. */
    public javax.sql.DataSource localDataSource() {
        return local.dataSource();
    }

    /** The enrolled stations (enrol, list, revoke; the interceptor's lookups). */
    public StationRegistry stations() {
        return stations;
    }

    public StationAuthInterceptor authInterceptor() {
        return authInterceptor;
    }

    public OfficeCa officeCa() {
        return ca;
    }

    /** The local administrator's credential (also in {@code DATA/admin/}). */
    public StationIdentity localAdmin() {
        return localAdmin;
    }

    /** Told of every revocation (e.g. to end the station's operator sessions). */
    public void onRevoked(RevocationListener listener) {
        stations.onRevoked(listener);
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

    /** The first attached companion of this type (e.g. the office services, whose catalogue the sync fills). */
    public synchronized <T> java.util.Optional<T> companion(Class<T> type) {
        return companions.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** The backup taken before this start migrated the database; empty when nothing was migrated. */
    public java.util.Optional<Path> upgradeBackup() {
        return java.util.Optional.ofNullable(upgradeBackup);
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
     * Closes both ports (ending the calls still open), stops the companions and shuts the database down
     * so every commit is in the file. Safe to call twice.
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
        try {
            Files.deleteIfExists(dataDir.resolve(RUNNING_FILE));
        } catch (IOException e) {
            System.err.println("office server: cannot remove " + dataDir.resolve(RUNNING_FILE) + ": " + e.getMessage());
        }
        enrolment.shutdownNow();
        main.shutdown();
        try {
            if (!main.awaitTermination(5, TimeUnit.SECONDS)) {
                main.shutdownNow();
                main.awaitTermination(5, TimeUnit.SECONDS);
            }
            enrolment.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            main.shutdownNow();
        }
        threads.shutdown();
        for (int i = companions.size() - 1; i >= 0; i--) {
            try {
                companions.get(i).close();
            } catch (Exception e) {
                // Stopping the database matters more: every commit must reach the file.
                System.err.println("office server: " + companions.get(i) + " did not stop cleanly: " + e.getMessage());
            }
        }
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

    /** The running marker: the main port's local address, owner-only (it tells nothing secret, but is ours). */
    private static final class PrivateRunningFile {
        static void write(Path file, String address) {
            org.sportello.protocol.station.PrivateFiles.write(file, (address + "\n").getBytes(StandardCharsets.US_ASCII));
        }
    }
}

package org.sportello.server.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.sportello.server.OfficeServer;
import org.sportello.server.storage.CrashRecovery;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;

/**
 * Opens the office database for a command, after checks that turn the usual mistakes into one clear
 * line: a URL that is not H2, an embedded office that was never initialised (H2 would silently create
 * an empty file), a server that is not listening (the pool would wait for its whole timeout).
 */
final class OfficeAccess {
    private static final int DEFAULT_H2_PORT = 9092;
    private static final int PROBE_TIMEOUT_MILLIS = 2000;

    private OfficeAccess() {
    }

    /**
     * The office of the server a command runs in (ADR 23): bound while a forwarded command runs inside
     * the office server, which holds the database.
     */
    private static final ScopedValue<OfficeConnection> HOSTED = ScopedValue.newInstance();

    /** Runs {@code command} with {@code office} as the office every command of it opens. */
    static int hosting(OfficeConnection office, java.util.concurrent.Callable<Integer> command) {
        try {
            return ScopedValue.where(HOSTED, office).call(command::call);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The office server's own office while a forwarded command runs inside it; empty when run here. */
    static java.util.Optional<OfficeConnection> hosted() {
        return HOSTED.isBound() ? java.util.Optional.of(HOSTED.get()) : java.util.Optional.empty();
    }

    /** The data folder of the office server's embedded database ({@code DATA/office.mv.db}). */
    static Path hostedDataDir(OfficeConnection office) {
        return Path.of(filePart(office.database().url())).toAbsolutePath().getParent();
    }

    /** An initialised office, for the queue commands. */
    static OfficeConnection connect(String url) {
        if (HOSTED.isBound()) {
            return HOSTED.get().lend();
        }
        check(url, true);
        return OfficeConnection.open(url);
    }

    /** The database for {@code office init}: an embedded file may be new. */
    static OfficeDatabase database(String url) {
        if (HOSTED.isBound()) {
            // Its own small pool on the server's embedded database, in the server's process.
            return OfficeDatabase.open(HOSTED.get().database().url());
        }
        check(url, false);
        return OfficeDatabase.open(url);
    }

    private static void check(String url, boolean mustExist) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:")) {
            throw new CliFailure(ExitCode.USAGE, "--db must be an H2 URL such as jdbc:h2:tcp://HOST:9092/office"
                    + " or jdbc:h2:file:/path/office, not " + url);
        }
        if (lower.startsWith("jdbc:h2:tcp:") || lower.startsWith("jdbc:h2:ssl:")) {
            probe(url);
        } else if (!lower.startsWith("jdbc:h2:mem:")) {
            Path file = Path.of(filePart(url) + ".mv.db");
            if (mustExist && !Files.exists(file)) {
                throw new CliFailure(ExitCode.REFUSED, "there is no office database at " + file
                        + ": run \"sportello office init\" first, or pass --db jdbc:h2:tcp://SERVER:PORT/office");
            }
            recover(file);
        }
    }

    /** Opened here, with no server: the last commits of a crashed server come back first (ADR 24). */
    static void recover(Path file) {
        if (!file.getFileName().toString().equals(OfficeServer.DATABASE_NAME + ".mv.db") || !Files.exists(file)) {
            return;
        }
        try {
            CrashRecovery.recoverLastCommits(file.toAbsolutePath().getParent());
        } catch (RuntimeException e) {
            // In use or unreadable: the ordinary open that follows says so in its own words.
        }
    }

    /** "jdbc:h2:file:/a/office;X=Y" → "/a/office". */
    private static String filePart(String url) {
        String rest = url.substring("jdbc:h2:".length());
        if (rest.toLowerCase(Locale.ROOT).startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        int semicolon = rest.indexOf(';');
        rest = semicolon < 0 ? rest : rest.substring(0, semicolon);
        if (rest.startsWith("~")) {
            rest = System.getProperty("user.home") + rest.substring(1);
        }
        return rest;
    }

    private static void probe(String url) {
        // jdbc:h2:tcp://host[:port][,host2…]/path — the first server is the one H2 tries first.
        String rest = url.substring(url.indexOf("//") + 2);
        int slash = rest.indexOf('/');
        String server = (slash < 0 ? rest : rest.substring(0, slash)).split(",")[0];
        String host = server;
        int port = DEFAULT_H2_PORT;
        int colon = server.lastIndexOf(':');
        if (colon > 0 && server.indexOf(']') < colon) {
            host = server.substring(0, colon);
            try {
                port = Integer.parseInt(server.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new CliFailure(ExitCode.USAGE, "bad port in --db " + url);
            }
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), PROBE_TIMEOUT_MILLIS);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.UNREACHABLE, "the office database cannot be reached: nothing answers at "
                    + host + ":" + port + " (" + e.getMessage() + "). Is \"sportello office serve\" running there?");
        }
    }
}

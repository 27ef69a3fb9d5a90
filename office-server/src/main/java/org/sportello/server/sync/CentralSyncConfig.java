package org.sportello.server.sync;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.sportello.model.common.SportelloException;
import org.sportello.server.central.CentralLogin;

/**
 * Whether and how {@code office serve} syncs with central: {@value #FILE_NAME} beside the office
 * database, each key overridden by its environment variable (what a service unit's EnvironmentFile
 * sets). No URL in either: the server runs without sync.
 *
 * <pre>
 * central.url=jdbc:postgresql://central.example/sportello?sslmode=verify-full   # $SPORTELLO_CENTRAL_URL
 * central.user=office_bo01                                                      # $SPORTELLO_CENTRAL_USER
 * central.password=…                                                            # $SPORTELLO_CENTRAL_PASSWORD
 * sync.every=1                      # seconds between rounds while all is well  # $SPORTELLO_SYNC_EVERY
 * </pre>
 *
 * @param source  where the URL came from, for the console
 * @param warning something the technician should fix (a password file others can read), or null
 */
public record CentralSyncConfig(CentralLogin login, SyncSettings settings, String source, String warning) {
    public static final String FILE_NAME = "central.properties";
    static final String URL = "central.url";
    static final String USER = "central.user";
    static final String PASSWORD = "central.password";
    static final String EVERY = "sync.every";

    /**
     * @param env environment variables by name (null when unset)
     * @throws IllegalArgumentException with a message naming the file and key when something is wrong
     */
    public static Optional<CentralSyncConfig> find(Path dataDir, Function<String, String> env) {
        Path file = dataDir.resolve(FILE_NAME);
        Properties p = new Properties();
        boolean fromFile = Files.isRegularFile(file);
        if (fromFile) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        String url = value(p, URL, env, "SPORTELLO_CENTRAL_URL");
        if (url == null) {
            return Optional.empty();
        }
        String where = env.apply("SPORTELLO_CENTRAL_URL") != null ? "$SPORTELLO_CENTRAL_URL" : file.toString();
        CentralLogin login;
        try {
            login = new CentralLogin(url, value(p, USER, env, "SPORTELLO_CENTRAL_USER"),
                    value(p, PASSWORD, env, "SPORTELLO_CENTRAL_PASSWORD"));
        } catch (IllegalArgumentException | SportelloException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        SyncSettings settings = SyncSettings.DEFAULT;
        String every = value(p, EVERY, env, "SPORTELLO_SYNC_EVERY");
        if (every != null) {
            settings = settings.withPollEvery(seconds(every, file));
        }
        String warning = fromFile && p.getProperty(PASSWORD) != null && readableByOthers(file)
                ? file + " holds central's password and others may read it: chmod 600 " + file
                : null;
        return Optional.of(new CentralSyncConfig(login, settings, where, warning));
    }

    private static String value(Properties p, String key, Function<String, String> env, String variable) {
        String v = env.apply(variable);
        if (v == null || v.isBlank()) {
            v = p.getProperty(key);
        }
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static Duration seconds(String text, Path file) {
        try {
            Duration d = Duration.ofMillis(Math.round(Double.parseDouble(text) * 1000));
            if (d.toMillis() >= 100 && d.compareTo(Duration.ofHours(1)) <= 0) {
                return d;
            }
        } catch (NumberFormatException e) {
            // Falls through to the message below.
        }
        throw new IllegalArgumentException(EVERY + " (or $SPORTELLO_SYNC_EVERY) in " + file
                + " is seconds between rounds, from 0.1 to 3600, not \"" + text + "\"");
    }

    private static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            return perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}

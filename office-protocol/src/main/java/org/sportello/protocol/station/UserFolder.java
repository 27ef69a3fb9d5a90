package org.sportello.protocol.station;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Sportello keeps an account's own files, as each system expects (issue 15): {@code ~/.sportello}
 * on Linux and macOS, {@code %LOCALAPPDATA%\Sportello} on Windows (local, not roaming: a station's key
 * belongs to this PC). The station identity and a hand-run server's data live under it.
 */
public final class UserFolder {
    private UserFolder() {
    }

    /** For this process: its system, home and environment. */
    public static Path current() {
        return of(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")), System.getenv());
    }

    public static Path of(String osName, Path home, Map<String, String> environment) {
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String local = environment.get("LOCALAPPDATA");
            Path base = local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local);
            return base.resolve("Sportello");
        }
        return home.resolve(".sportello");
    }
}

package org.sportello.server.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command reads from outside its arguments: environment variables, standard input and the
 * home folder. Tests pass their own, so they never depend on the machine's environment.
 */
public record CliEnvironment(Map<String, String> variables, InputStream stdin, Path home) {
    public static final String DB_VARIABLE = "SPORTELLO_DB";
    public static final String USER_VARIABLE = "SPORTELLO_USER";
    public static final String PASSWORD_VARIABLE = "SPORTELLO_PASSWORD";

    public CliEnvironment {
        variables = Map.copyOf(variables);
    }

    /** Where the Debian package keeps the office server's settings, which the service reads too. */
    public static final Path SYSTEM_SETTINGS = Path.of("/etc/sportello/office.env");

    /**
     * This process's environment, over the installed office server's settings ({@link #SYSTEM_SETTINGS}):
     * on an installed server {@code sportello office ...} run as the service's account finds the
     * service's data without being told; a variable set by hand still wins.
     */
    public static CliEnvironment system() {
        return new CliEnvironment(withSettings(System.getenv(), SYSTEM_SETTINGS), System.in,
                Path.of(System.getProperty("user.home")));
    }

    /** {@code variables} over the {@code NAME=value} lines of {@code settings}, when it can be read. */
    static Map<String, String> withSettings(Map<String, String> variables, Path settings) {
        java.util.Map<String, String> merged = new java.util.HashMap<>();
        try {
            for (String line : java.nio.file.Files.readAllLines(settings)) {
                String l = line.strip();
                int eq = l.indexOf('=');
                if (l.isEmpty() || l.startsWith("#") || eq <= 0) {
                    continue;
                }
                String value = l.substring(eq + 1).strip();
                if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                        || value.startsWith("'") && value.endsWith("'"))) {
                    value = value.substring(1, value.length() - 1);
                }
                merged.put(l.substring(0, eq).strip(), value);
            }
        } catch (java.io.IOException | SecurityException notInstalled) {
            // No package settings on this machine (a checkout, a workstation): the environment alone.
        }
        merged.putAll(variables);
        return merged;
    }

    String variable(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    public static final String DATA_VARIABLE = "SPORTELLO_DATA";
    public static final String OFFICE_VARIABLE = "SPORTELLO_OFFICE";

    /** The server's data folder: {@code $SPORTELLO_DATA}, else {@code ~/.sportello/data}. */
    Path dataDir() {
        String fromEnv = variable(DATA_VARIABLE);
        return fromEnv != null ? Path.of(fromEnv) : defaultDataDir();
    }

    /** The embedded office of a single-machine install. */
    Path defaultDataDir() {
        // %LOCALAPPDATA%\Sportello\data on Windows, ~/.sportello/data elsewhere.
        return org.sportello.protocol.station.UserFolder.of(System.getProperty("os.name", ""), home, variables)
                .resolve("data");
    }
}

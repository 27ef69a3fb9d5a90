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

    public static CliEnvironment system() {
        return new CliEnvironment(System.getenv(), System.in, Path.of(System.getProperty("user.home")));
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
        return home.resolve(".sportello").resolve("data");
    }
}

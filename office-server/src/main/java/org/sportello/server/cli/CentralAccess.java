package org.sportello.server.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Locale;
import org.sportello.model.common.SportelloException;
import org.sportello.server.central.CentralLogin;

/**
 * Builds a {@link CentralLogin} from what a command was given, and turns central's failures into one
 * line and an exit code. The password is never an argument (the process list is public): standard
 * input, $SPORTELLO_CENTRAL_PASSWORD, or the URL / ~/.pgpass.
 */
final class CentralAccess {
    static final String URL_VARIABLE = "SPORTELLO_CENTRAL_URL";
    static final String USER_VARIABLE = "SPORTELLO_CENTRAL_USER";
    static final String PASSWORD_VARIABLE = "SPORTELLO_CENTRAL_PASSWORD";

    private CentralAccess() {
    }

    static CentralLogin login(String url, String user, boolean passwordFromStdin, CliEnvironment env,
                              String urlOption) {
        String resolvedUrl = url != null && !url.isBlank() ? url.strip() : env.variable(URL_VARIABLE);
        if (resolvedUrl == null) {
            throw new CliFailure(ExitCode.USAGE, "where is central? Pass " + urlOption
                    + " jdbc:postgresql://HOST/DB?sslmode=verify-full or set " + URL_VARIABLE);
        }
        if (!resolvedUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            throw new CliFailure(ExitCode.USAGE, urlOption + " must be a PostgreSQL URL such as"
                    + " jdbc:postgresql://central/sportello?sslmode=verify-full, not " + resolvedUrl);
        }
        String resolvedUser = user != null ? user : env.variable(USER_VARIABLE);
        String password = passwordFromStdin ? readStdin(env) : env.variable(PASSWORD_VARIABLE);
        try {
            return new CentralLogin(resolvedUrl, resolvedUser, password);
        } catch (SportelloException insecure) {
            throw new CliFailure(ExitCode.USAGE, urlOption + ": " + insecure.getMessage());
        }
    }

    private static String readStdin(CliEnvironment env) {
        try {
            String line = new BufferedReader(new InputStreamReader(env.stdin(), StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new CliFailure(ExitCode.USAGE, "--password-stdin: standard input was empty");
            }
            return line;
        } catch (IOException e) {
            throw new CliFailure(ExitCode.USAGE, "--password-stdin: cannot read standard input: " + e.getMessage());
        }
    }

    /** A driver or Flyway failure on central, as the command's one line. */
    static CliFailure failure(Throwable e) {
        SQLException sql = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                sql = s;
                break;
            }
        }
        String state = sql == null ? null : sql.getSQLState();
        String message = firstLine(sql != null ? sql.getMessage() : e.getMessage());
        if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("28P01")
                || state.equals("28000") || state.equals("3D000"))) {
            return new CliFailure(ExitCode.UNREACHABLE, "central cannot be reached: " + message);
        }
        if (state != null && state.startsWith("42")) {
            return new CliFailure(ExitCode.REFUSED, "central refused: " + message);
        }
        return new CliFailure(ExitCode.FAILURE, "central failed: " + message
                + " (set SPORTELLO_DEBUG=1 for the stack trace)");
    }

    private static String firstLine(String m) {
        if (m == null) {
            return "(no message)";
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}

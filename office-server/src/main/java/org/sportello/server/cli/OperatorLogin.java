package org.sportello.server.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.sportello.model.auth.AuthService;
import org.sportello.model.auth.OperatorSession;
import org.sportello.server.storage.OfficeConnection;
import picocli.CommandLine.Option;

/**
 * {@code --user LOGIN --password-stdin}: how a counter command logs in. The password is never an
 * argument, where other users of the machine could read it in the process list.
 */
final class OperatorLogin {
    @Option(names = "--user", paramLabel = "LOGIN", description = "Operator login (default: $SPORTELLO_USER).")
    String user;

    @Option(names = "--password-stdin", negatable = false,
            description = "Read the password from the first line of standard input (default: $SPORTELLO_PASSWORD).")
    boolean passwordFromStdin;

    OperatorSession login(OfficeConnection office, CliEnvironment env) {
        return login(office.auth(), env);
    }

    /** On the office database here, or on the office server for a command run as a station. */
    OperatorSession login(AuthService auth, CliEnvironment env) {
        String login = user != null ? user : env.variable(CliEnvironment.USER_VARIABLE);
        if (login == null || login.isBlank()) {
            throw new CliFailure(ExitCode.USAGE, "who is at the counter? Pass --user LOGIN or set SPORTELLO_USER");
        }
        char[] password = password(env);
        try {
            return auth.login(login, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] password(CliEnvironment env) {
        if (passwordFromStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(env.stdin(), StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    throw new CliFailure(ExitCode.USAGE, "--password-stdin: standard input was empty");
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new CliFailure(ExitCode.USAGE, "--password-stdin: cannot read standard input: " + e.getMessage());
            }
        }
        String fromEnv = env.variable(CliEnvironment.PASSWORD_VARIABLE);
        if (fromEnv == null) {
            throw new CliFailure(ExitCode.USAGE, "no password: pass --password-stdin or set SPORTELLO_PASSWORD");
        }
        return fromEnv.toCharArray();
    }
}

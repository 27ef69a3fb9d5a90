package org.sportello.server.cli;

import org.sportello.server.central.CentralLogin;
import picocli.CommandLine.Option;

/** {@code --url --user --password-stdin} of the central administration commands. */
final class CentralAdminOptions {
    @Option(names = "--url", paramLabel = "URL",
            description = "Central database, e.g. jdbc:postgresql://central/sportello?sslmode=verify-full"
                    + " (default: $SPORTELLO_CENTRAL_URL).")
    String url;

    @Option(names = "--user", paramLabel = "ROLE",
            description = "Administrator role (default: $SPORTELLO_CENTRAL_USER, else the URL's user).")
    String user;

    @Option(names = "--password-stdin", negatable = false,
            description = "Read the password from standard input (default: $SPORTELLO_CENTRAL_PASSWORD, else the"
                    + " URL or ~/.pgpass).")
    boolean passwordFromStdin;

    CentralLogin login(CliEnvironment env) {
        return CentralAccess.login(url, user, passwordFromStdin, env, "--url");
    }
}

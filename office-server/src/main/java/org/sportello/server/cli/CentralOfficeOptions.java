package org.sportello.server.cli;

import org.sportello.server.central.CentralLogin;
import picocli.CommandLine.Option;

/** {@code --central --central-user --password-stdin}: an office's own login on central, as {@code sync run} takes it. */
final class CentralOfficeOptions {
    @Option(names = "--central", paramLabel = "URL",
            description = "Central database, jdbc:postgresql://HOST/DB?sslmode=verify-full (default: $SPORTELLO_CENTRAL_URL).")
    String url;

    @Option(names = "--central-user", paramLabel = "ROLE",
            description = "This office's role on central (default: $SPORTELLO_CENTRAL_USER).")
    String user;

    @Option(names = "--password-stdin", negatable = false,
            description = "Read the role's password from standard input (default: $SPORTELLO_CENTRAL_PASSWORD).")
    boolean passwordFromStdin;

    CentralLogin login(CliEnvironment env) {
        return CentralAccess.login(url, user, passwordFromStdin, env, "--central");
    }
}

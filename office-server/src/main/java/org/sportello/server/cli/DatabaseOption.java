package org.sportello.server.cli;

import org.sportello.server.OfficeServer;
import picocli.CommandLine.Option;

/**
 * {@code --db URL}, shared by every command that talks to the office database. The database is the
 * office server's, embedded (ADR 23): while the server runs, such a command runs inside it instead.
 */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "URL",
            description = "The office database, when the server is stopped, e.g. jdbc:h2:file:/srv/sportello/office "
                    + "(default: $SPORTELLO_DB, else the office in $SPORTELLO_DATA or ~/.sportello/data). While the "
                    + "office server runs on that folder, the command runs inside it.")
    String url;

    String resolve(CliEnvironment env) {
        if (url != null && !url.isBlank()) {
            return url.strip();
        }
        String fromEnv = env.variable(CliEnvironment.DB_VARIABLE);
        return fromEnv != null ? fromEnv.strip() : OfficeServer.inProcessUrl(env.dataDir());
    }
}

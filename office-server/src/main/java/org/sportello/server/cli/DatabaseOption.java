package org.sportello.server.cli;

import org.sportello.server.storage.OfficeDatabase;
import picocli.CommandLine.Option;

/** {@code --db URL}, shared by every command that talks to an office database. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "URL",
            description = "Office database, e.g. jdbc:h2:tcp://office-pc:9092/office (default: $SPORTELLO_DB, "
                    + "else the embedded office in ~/.sportello/data).")
    String url;

    String resolve(CliEnvironment env) {
        if (url != null && !url.isBlank()) {
            return url.strip();
        }
        String fromEnv = env.variable(CliEnvironment.DB_VARIABLE);
        return fromEnv != null ? fromEnv.strip() : OfficeDatabase.fileUrl(env.defaultDataDir());
    }
}

package org.sportello.server.cli;

import java.util.function.BiFunction;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.cases.CaseService;
import org.sportello.model.documents.DocumentService;
import org.sportello.model.profile.ProfileService;
import org.sportello.server.storage.OfficeConnection;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/**
 * An operator's command, logged in as {@code queue call} is: through the office server as this machine's
 * enrolled station ({@code --office}), or on the office database here. The session ends with the command.
 * A picocli mixin: one field gives a command the database, login and station options and the means to run its work,
 * so each operator's command states none of them again.
 */
final class OperatorWork {
    /** What the command may use: the same interfaces the desk uses. */
    record Services(CaseService cases, DocumentService documents, org.sportello.model.agenda.AgendaService agenda,
                    ProfileService profiles) {
    }

    @Mixin
    DatabaseOption database;
    @Mixin
    OperatorLogin operator;
    @Mixin
    StationClient.Options station;

    <T> T run(CommandSpec spec, BiFunction<Services, OperatorSession, T> work) {
        CliEnvironment env = SportelloCommand.environment(spec);
        if (station.remote(env)) {
            try (StationClient client = station.open(env)) {
                OperatorSession session = client.call(() -> operator.login(client.auth(), env));
                try {
                    return client.call(() -> work.apply(new Services(client.cases(), client.documents(), client.agenda(), client.profiles()), session));
                } finally {
                    client.logout(session);
                }
            }
        }
        try (OfficeConnection office = OfficeAccess.connect(database.resolve(env))) {
            return work.apply(new Services(office.cases(), office.documentService(), office.agenda(), office.profiles()), operator.login(office, env));
        }
    }
}

package org.sportello.server.cli;

import java.util.concurrent.Callable;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.server.dossier.DossierException;
import org.sportello.server.sync.CentralDossiers;
import org.sportello.server.sync.SyncException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "transfer-dossier", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"As central's administrator, move a citizen's dossier to another office (for when the owner",
            "is offline). An edit the old owner makes before it hears of the move goes to \"sync review\"."})
final class CentralTransferDossierCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CentralAdminOptions central;

    @Parameters(paramLabel = "CF", description = "The citizen's codice fiscale.")
    String taxCode;

    @Option(names = "--to", required = true, paramLabel = "OFFICE", description = "The receiving office's code.")
    String to;

    @Option(names = "--reason", paramLabel = "TEXT",
            description = "Why (needed: the dossier is another office's; central records it with the move).")
    String reason;

    @Override
    public Integer call() {
        CodiceFiscale cf = DossierCommand.code(taxCode);
        if (reason == null || reason.isBlank()) {
            throw new CliFailure(ExitCode.USAGE,
                    new SportelloException(Problem.DOSSIER_MOVE_NEEDS_REASON, cf.canonical()).getMessage());
        }
        try {
            long version = CentralDossiers.transferAsAdministrator(central.login(SportelloCommand.environment(spec)),
                    cf, to, reason);
            spec.commandLine().getOut().println("The dossier of " + cf.canonical() + " now belongs to office "
                    + to.toUpperCase(java.util.Locale.ROOT) + " (central version " + version + ").");
        } catch (DossierException | SyncException e) {
            throw DossierCommand.failure(e);
        }
        return ExitCode.OK.code();
    }
}

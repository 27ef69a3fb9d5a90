package org.sportello.server.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.sportello.server.dossier.DossierException;
import org.sportello.server.sync.CentralDossiers;
import org.sportello.server.sync.SyncException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "resolve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Close one entry of the review list by keeping the office's held copy or central's.",
            "The kept copy becomes a new, higher version of the dossier, which its owner pulls on its next",
            "round. The entry is never deleted: it is marked resolved, with who, when and the note.",
            "Central's administrator may resolve any entry; an office only those about dossiers it owns now."})
final class SyncReviewResolveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CentralOfficeOptions central;

    @Parameters(paramLabel = "ID", description = "The entry's ID, as \"sync review\" lists it.")
    long id;

    @Option(names = "--keep", required = true, paramLabel = "office|central",
            description = "office: the copy the office pushed and central held back; central: central's copy.")
    String keep;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why, for the record (up to 500 characters).")
    String note;

    @Override
    public Integer call() {
        CentralDossiers.Keep kept = switch (keep.strip().toLowerCase(Locale.ROOT)) {
            case "office" -> CentralDossiers.Keep.OFFICE;
            case "central" -> CentralDossiers.Keep.CENTRAL;
            default -> throw new CliFailure(ExitCode.USAGE, "--keep must be office or central, not " + keep);
        };
        if (note != null && note.length() > 500) {
            throw new CliFailure(ExitCode.USAGE, "--note is " + note.length() + " characters long; 500 at most");
        }
        try {
            long version = CentralDossiers.resolve(central.login(SportelloCommand.environment(spec)), id, kept, note);
            spec.commandLine().getOut().println("Review entry " + id + " resolved: " + (kept == CentralDossiers.Keep.OFFICE
                    ? "the office's copy" : "central's copy") + " is the dossier's version " + version
                    + "; its owner takes it on its next sync round.");
        } catch (DossierException | SyncException e) {
            throw DossierCommand.failure(e);
        }
        return ExitCode.OK.code();
    }
}

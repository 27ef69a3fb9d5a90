package org.sportello.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sportello.server.sync.CentralDossiers;
import org.sportello.server.sync.SyncException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "review", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = SyncReviewResolveCommand.class,
        description = {"Dossier edits central held back because they collided (the dossier belongs to another",
            "office, someone else changed it since, or two offices opened one each). Nothing is dropped: each",
            "entry keeps the office's whole copy. An office sees its own and those about dossiers it owned;",
            "the central administrator's login sees all. \"review resolve ID --keep office|central\" closes one."})
final class SyncReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CentralOfficeOptions central;

    @Option(names = "--all", negatable = false, description = "Include entries already resolved.")
    boolean all;

    @Option(names = "--json", negatable = false, description = "Print one JSON document, with each office copy.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<CentralDossiers.Review> reviews;
        try {
            reviews = CentralDossiers.reviews(central.login(SportelloCommand.environment(spec)), all);
        } catch (SyncException e) {
            throw DossierCommand.failure(e);
        }
        if (json) {
            JsonWriter w = new JsonWriter().beginObject().name("reviews").beginArray();
            for (CentralDossiers.Review r : reviews) {
                w.beginObject().field("id", r.id()).field("office", r.officeCode()).field("taxCode", r.taxCode())
                        .field("reason", r.reason()).field("owner", r.ownerCode()).field("baseVersion", r.baseVersion())
                        .field("centralVersion", r.centralVersion() == null ? null : r.centralVersion().toString())
                        .field("detectedAt", r.detectedAt().toString())
                        .field("resolvedAt", r.resolvedAt() == null ? null : r.resolvedAt().toString())
                        .field("resolvedBy", r.resolvedBy()).field("kept", r.kept())
                        .field("resolvedVersion", r.resolvedVersion() == null ? null : r.resolvedVersion().toString())
                        .field("note", r.note())
                        .field("officeCopy", r.officeCopy()).endObject();
            }
            out.println(w.endArray().endObject());
            return ExitCode.OK.code();
        }
        if (reviews.isEmpty()) {
            out.println("Nothing to review.");
            return ExitCode.OK.code();
        }
        out.printf("%-6s %-18s %-8s %-18s %-8s %-28s %s%n", "ID", "CODICE FISCALE", "FROM", "REASON", "OWNER",
                "DETECTED", "STATE");
        long open = 0;
        for (CentralDossiers.Review r : reviews) {
            open += r.isOpen() ? 1 : 0;
            out.printf("%-6d %-18s %-8s %-18s %-8s %-28s %s%n", r.id(), r.taxCode(), r.officeCode(), r.reason(),
                    r.ownerCode() == null ? "-" : r.ownerCode(), r.detectedAt(), r.isOpen() ? "open"
                            : "resolved " + r.resolvedAt() + " by " + r.resolvedBy() + ", kept " + r.kept()
                            .toLowerCase(java.util.Locale.ROOT) + " (version " + r.resolvedVersion() + ")"
                            + (r.note() == null ? "" : ": " + r.note()));
        }
        out.println(open + " open" + (all ? ", " + (reviews.size() - open) + " resolved" : " (--all lists the resolved"
                + " too)") + ". --json shows each office's copy; \"sync review resolve ID --keep office|central\""
                + " closes an entry.");
        return ExitCode.OK.code();
    }
}

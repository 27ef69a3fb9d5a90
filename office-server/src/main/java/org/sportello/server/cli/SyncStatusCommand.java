package org.sportello.server.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.sync.SyncException;
import org.sportello.server.sync.SyncStatus;
import org.sportello.model.sync.LinkState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Last sync, backlog and errors, read from the office database (works with central away).")
final class SyncStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--json", negatable = false, description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (OfficeConnection office = OfficeAccess.connect(database.resolve(SportelloCommand.environment(spec)))) {
            SyncStatus status;
            try {
                status = SyncStatus.read(office.database().dataSource());
            } catch (SyncException e) {
                throw new CliFailure(ExitCode.FAILURE, e.getMessage());
            }
            String code = office.directory().office().code();
            if (json) {
                JsonWriter w = new JsonWriter().beginObject().field("office", code).field("backlog", status.backlog())
                        .field("link", status.link().name());
                w.name("streams").beginArray();
                for (SyncStatus.Stream s : status.streams()) {
                    w.beginObject().field("stream", s.name()).field("rowsSynced", s.rowsSynced())
                            .field("lastAttempt", text(s.lastAttempt())).field("lastSuccess", text(s.lastSuccess()))
                            .field("lastError", s.lastError()).endObject();
                }
                out.println(w.endArray().endObject());
                return ExitCode.OK.code();
            }
            out.println("Office " + code + ": " + status.backlog() + " office events not yet confirmed on central.");
            out.println("Link to central: " + status.link().name() + " (" + LINK_TEXT.get(status.link()) + ")");
            out.printf("%-22s %8s  %-24s  %-24s%n", "STREAM", "ROWS", "LAST SUCCESS", "LAST ATTEMPT");
            for (SyncStatus.Stream s : status.streams()) {
                out.printf("%-22s %8d  %-24s  %-24s%n", s.name(), s.rowsSynced(), orNever(s.lastSuccess()),
                        orNever(s.lastAttempt()));
            }
            for (SyncStatus.Stream s : status.streams()) {
                if (s.lastError() != null) {
                    out.println("Last error (" + s.name() + "): " + s.lastError());
                }
            }
        }
        return ExitCode.OK.code();
    }

    private static final java.util.Map<LinkState, String> LINK_TEXT = java.util.Map.of(
            LinkState.NEVER_SYNCED, "this office has never tried to sync",
            LinkState.UP, "the last round succeeded",
            LinkState.DOWN, "central cannot be reached; the office server retries by itself",
            LinkState.REFUSED, "central refuses this office; see the last error",
            LinkState.FAILED, "the last round failed; the office server retries by itself",
            LinkState.IDLE, "no attempt for " + LinkState.IDLE_AFTER.toMinutes() + " minutes: is the office server syncing?");

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }

    private static String orNever(Instant t) {
        return t == null ? "never" : t.toString();
    }
}

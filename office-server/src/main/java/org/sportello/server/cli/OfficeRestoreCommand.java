package org.sportello.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sportello.server.backup.BackupTexts;
import org.sportello.server.backup.OfficeRestore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Restore a backup (from \"sportello office backup\" or DATA/backups) into an EMPTY data folder.",
            "Refuses a folder that is not empty. Opens the restored database and prints its schema version and what it "
                + "holds; a backup from an older Sportello is migrated, as \"office serve\" does at its start; one from a "
                + "newer Sportello is refused.",
            "Then start the office with \"sportello office serve --data DIR\"."})
final class OfficeRestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file.")
    Path backup;

    @Option(names = "--data", paramLabel = "DIR", required = true,
            description = "The data folder to restore into: empty or not yet there.")
    Path dataDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        OfficeRestore.RestoreReport report = OfficeRestore.restore(backup, dataDir);
        var contents = report.contents();
        out.println(BackupTexts.text("restore.done", report.folder(), contents.schemaVersion(),
                contents.migrated() > 0 ? BackupTexts.text("restore.migrated", contents.migrated())
                        : BackupTexts.text("restore.current"),
                contents.tickets(), contents.documents()));
        out.println(BackupTexts.text(report.withTls() ? "restore.tls" : "restore.no-tls"));
        out.println(BackupTexts.text("restore.next", report.folder()));
        return ExitCode.OK.code();
    }
}

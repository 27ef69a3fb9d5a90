package org.sportello.server.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sportello.server.OfficeServer;
import org.sportello.server.backup.BackupReport;
import org.sportello.server.backup.BackupTexts;
import org.sportello.server.backup.OfficeBackup;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "backup", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write a consistent backup of the office database (and the office CA in tls/) to FILE.",
            "Safe while the office works: when the office server runs on the data folder, the backup is taken inside "
                + "it (H2 BACKUP TO) while stations go on; otherwise the data folder is opened here.",
            "The file is written owner-only (0600) and whole or not at all, and checked by opening the copy.",
            "Put it back with \"sportello office restore FILE --data EMPTY-FOLDER\"."})
final class OfficeBackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The backup file to write (a zip).")
    Path out;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The data folder (default: $SPORTELLO_DATA or ~/.sportello/data).")
    Path dataDir;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        if (Files.isDirectory(out)) {
            throw new CliFailure(ExitCode.USAGE, "--out must name a file, not the folder " + out);
        }
        BackupReport report = OfficeAccess.hosted()
                .map(this::insideServer)
                .orElseGet(this::onFolder);
        o.println(BackupTexts.text("backup.written", report.file(), report.sizeBytes(),
                String.format(Locale.ROOT, "%.1f", report.sizeBytes() / 1_048_576.0),
                report.contents().schemaVersion(), report.contents().tickets(), report.contents().documents()));
        return ExitCode.OK.code();
    }

    /** Inside the office server: its own embedded database, while its stations keep working. */
    private BackupReport insideServer(OfficeConnection office) {
        return OfficeBackup.write(office.database().dataSource(), OfficeAccess.hostedDataDir(office), out);
    }

    /** The server is stopped: open the folder's database here, without changing it (no migration). */
    private BackupReport onFolder() {
        Path dir = dataDir != null ? dataDir : SportelloCommand.environment(spec).dataDir();
        if (!Files.isRegularFile(dir.resolve(OfficeServer.DATABASE_NAME + ".mv.db"))) {
            throw new CliFailure(ExitCode.REFUSED, "there is no office database in " + dir.toAbsolutePath()
                    + ": give the office's data folder with --data");
        }
        // A crashed server's last commits belong in the backup: recovered before the copy (ADR 24).
        OfficeAccess.recover(dir.resolve(OfficeServer.DATABASE_NAME + ".mv.db"));
        try (OfficeDatabase db = OfficeDatabase.open(OfficeServer.inProcessUrl(dir.toAbsolutePath()) + ";IFEXISTS=TRUE")) {
            return OfficeBackup.write(db.dataSource(), dir, out);
        }
    }
}

package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import org.sportello.server.testing.ShippedSchema;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.server.OfficeApis;
import org.sportello.server.OfficeServer;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.server.testing.TestOffice;

/**
 * {@code sportello office restore} refuses what it must (a folder that is not empty, a file that is not
 * a backup, a backup from a newer Sportello), and {@code office serve} on a damaged database says so,
 * names the newest backup and the commands, and leaves nothing open; the commands it prints work.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class OfficeRestoreCommandTest {
    @TempDir
    Path dir;

    @Test
    void restoreGoesOnlyIntoAnEmptyFolderAndRefusesWhatIsNotABackup() throws Exception {
        Path data = demoOffice("data");
        Path backup = dir.resolve("office.zip");
        CliRun cli = new CliRun(dir);
        // The server is stopped: the command opens the folder itself.
        CliRun.Result written = cli.run("office", "backup", "--data", data.toString(), "--out", backup.toString());
        assertThat(written.exitCode()).as(written.toString()).isZero();

        Path busy = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(busy.resolve("notes.txt"), "keep me");
        CliRun.Result refused = cli.run("office", "restore", backup.toString(), "--data", busy.toString());
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(refused.err()).contains(busy.toAbsolutePath().toString()).doesNotContain("Exception");
        try (var left = Files.list(busy)) {
            assertThat(left.toList()).as("the folder is untouched").containsExactly(busy.resolve("notes.txt"));
        }

        Path notABackup = Files.writeString(dir.resolve("photo.zip"), "not a zip at all");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun.Result garbage = cli.run("office", "restore", notABackup.toString(), "--data", empty.toString());
        assertThat(garbage.exitCode()).as(garbage.toString()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(garbage.err()).contains(notABackup.toAbsolutePath().toString()).doesNotContain("Exception");
        try (var left = Files.list(empty)) {
            assertThat(left.toList()).as("a refused restore leaves the folder empty").isEmpty();
        }

        CliRun.Result restored = cli.run("office", "restore", backup.toString(), "--data", empty.toString());
        assertThat(restored.exitCode()).as(restored.toString()).isZero();
    }

    @Test
    void aBackupFromANewerSportelloIsRefused() throws Exception {
        Path data = demoOffice("data");
        // What a newer build would leave: a migration this build does not ship.
        try (OfficeDatabase db = OfficeDatabase.open(OfficeDatabase.fileUrl(data));
             Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, installed_on, execution_time, success) SELECT MAX(installed_rank) + 1, "
                    + "'99.1', 'from the future', 'SQL', 'V99_1__from_the_future.sql', 0, 'sportello', "
                    + "CURRENT_TIMESTAMP, 1, TRUE FROM flyway_schema_history");
        }
        Path backup = dir.resolve("newer.zip");
        CliRun cli = new CliRun(dir);
        // Taking it is fine (the backup only copies); restoring it with this build is not.
        CliRun.Result written = cli.run("office", "backup", "--data", data.toString(), "--out", backup.toString());
        assertThat(written.exitCode()).as(written.toString()).isZero();
        assertThat(written.out()).contains("99.1");

        Path target = dir.resolve("target");
        CliRun.Result refused = cli.run("office", "restore", backup.toString(), "--data", target.toString());
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(refused.err()).contains("99.1").contains(ShippedSchema.version()).doesNotContain("Exception");
        assertThat(target).as("a refused restore leaves no folder it made").doesNotExist();
    }

    @Test
    void aDamagedDatabaseStopsTheStartWithTheNewestBackupAndTheCommandsThatRestoreIt() throws Exception {
        Path data = demoOffice("data");
        CliRun cli = new CliRun(dir);
        Path backups = data.resolve("backups");
        Path older = backups.resolve("office-20261123-023000.zip");
        Path newest = backups.resolve("office-20261124-023000.zip");
        assertThat(cli.run("office", "backup", "--data", data.toString(), "--out", older.toString()).exitCode()).isZero();
        assertThat(cli.run("office", "backup", "--data", data.toString(), "--out", newest.toString()).exitCode()).isZero();
        // A power cut in the middle of a write: the file's first blocks (both MVStore headers) are garbage.
        Path file = data.resolve("office.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < 16_384 && i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        Files.write(file, bytes);

        int port = freePort();
        CliRun.Result serve = cli.run("office", "serve", "--data", data.toString(), "--port", Integer.toString(port),
                "--loopback-only", "--no-sync");
        // Refused (3), not failed (1): a restart cannot mend it, so the service's unit does not loop on it.
        assertThat(serve.exitCode()).as(serve.toString()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(serve.err()).contains(file.toAbsolutePath().toString()).contains(newest.toAbsolutePath().toString())
                .contains("sportello office restore").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(serve.out()).as("no address printed: the server never served").isEmpty();
        // Nothing half-started: no port, no marker for commands, no lock.
        assertNothingListens(port);
        assertNothingListens(port + 1);
        assertThat(data.resolve(OfficeServer.RUNNING_FILE)).doesNotExist();
        try (var files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .noneMatch(n -> n.endsWith(".lock.db"));
        }

        // The printed commands, as a person would paste them.
        List<String> commands = serve.err().lines().filter(l -> l.startsWith("  ")).map(String::strip).toList();
        assertThat(commands).hasSize(2);
        String[] mv = commands.get(0).split(" ");
        Files.move(Path.of(mv[1]), Path.of(mv[2]));
        String[] restore = commands.get(1).split(" ");
        assertThat(restore[3]).endsWith("office-20261124-023000.zip");
        CliRun.Result restored = cli.run(List.of(restore).subList(1, restore.length).toArray(String[]::new));
        assertThat(restored.exitCode()).as(restored.toString()).isZero();
        try (OfficeServer server = OfficeServer.start(OfficeServer.Options.loopback(data), OfficeApis::on)) {
            assertThat(server.isRunning()).isTrue();
        }
    }

    private Path demoOffice(String name) {
        Path data = dir.resolve(name);
        try (TestOffice ignored = TestOffice.embedded(data)) {
            // The demo office, migrated and closed.
        }
        return data;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void assertNothingListens(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            throw new AssertionError("something listens on 127.0.0.1:" + port);
        } catch (ConnectException expected) {
            // Refused: nothing was left open.
        } catch (IOException e) {
            throw new AssertionError("unexpected " + e, e);
        }
    }
}

package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;

/** {@code sportello operators badge ...} on a real embedded office. */
class OperatorsBadgeCommandTest {
    @TempDir
    Path home;
    CliRun cli;
    String db;

    @BeforeEach
    void office() {
        cli = new CliRun(home);
        db = OfficeDatabase.fileUrl(home.resolve("data"));
        assertThat(cli.run("office", "init", "--demo", "--db", db).exitCode()).isZero();
    }

    @Test
    void aBadgeEnrolledHereLogsTheOperatorIn() {
        CliRun.Result add = cli.run("operators", "badge", "add", "mrossi", "04:A1:B2:C3", "--db", db);
        assertThat(add.exitCode()).as(add.toString()).isZero();
        assertThat(add.out()).contains("mrossi").contains("Maria Rossi");

        try (OfficeConnection office = OfficeConnection.open(db)) {
            assertThat(office.auth().loginWithBadge("04a1b2c3").login()).isEqualTo("mrossi");
        }
        CliRun.Result list = cli.run("operators", "badge", "list", "--db", db);
        assertThat(list.out()).contains("mrossi").doesNotContain("04A1B2C3");
    }

    @Test
    void aSwipeTypedIntoTheTerminalIsReadFromStdin() {
        CliRun.Result add = cli.stdin(";0012345678=?\n").run("operators", "badge", "add", "lbianchi", "-", "--db", db);
        assertThat(add.exitCode()).as(add.toString()).isZero();
        try (OfficeConnection office = OfficeConnection.open(db)) {
            assertThat(office.auth().loginWithBadge("0012345678").login()).isEqualTo("lbianchi");
        }
    }

    @Test
    void mistakesGetOneClearLineAndTheirExitCode() {
        CliRun.Result garbage = cli.run("operators", "badge", "add", "mrossi", "not a badge", "--db", db);
        assertThat(garbage.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(garbage.err()).contains("not a badge");

        CliRun.Result nobody = cli.run("operators", "badge", "add", "nobody", "AABBCCDD", "--db", db);
        assertThat(nobody.exitCode()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(nobody.err()).contains("no active operator \"nobody\"");

        assertThat(cli.run("operators", "badge", "add", "mrossi", "AABBCCDD", "--db", db).exitCode()).isZero();
        CliRun.Result taken = cli.run("operators", "badge", "add", "gverdi", "AA-BB-CC-DD", "--db", db);
        assertThat(taken.exitCode()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(taken.err()).contains("already enrolled for mrossi");

        assertThat(cli.run("operators", "badge", "remove", "AABBCCDD", "--db", db).exitCode()).isZero();
        CliRun.Result again = cli.run("operators", "badge", "remove", "AABBCCDD", "--db", db);
        assertThat(again.exitCode()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(again.err()).contains("not enrolled");
    }
}

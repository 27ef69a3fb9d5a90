package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;

/** {@code sportello operators add|passwd|unlock|list} and {@code office init} without a set-up file. */
class OperatorsCommandTest {
    @TempDir
    Path home;

    private String db() {
        return OfficeDatabase.fileUrl(home.resolve("data"));
    }

    private static void logsIn(String db, String login, String password) {
        try (OfficeConnection office = OfficeConnection.open(db)) {
            assertThat(office.auth().login(login, password.toCharArray()).login()).isEqualTo(login);
        }
    }

    private static void failsToLogIn(String db, String login, String password, Problem problem) {
        try (OfficeConnection office = OfficeConnection.open(db)) {
            assertThatThrownBy(() -> office.auth().login(login, password.toCharArray()))
                    .isInstanceOfSatisfying(SportelloException.class, e -> assertThat(e.problem()).isEqualTo(problem));
        }
    }

    @Nested
    class OnTheDemoOffice {
        CliRun cli;

        @org.junit.jupiter.api.BeforeEach
        void demoOffice() {
            cli = new CliRun(home);
            CliRun.Result init = cli.run("office", "init", "--demo", "--db", db());
            assertThat(init.exitCode()).as(init.toString()).isZero();
        }

        @Test
        void addSetsTheFirstPasswordFromStandardInput() {
            CliRun.Result add = cli.stdin("anna-password\n").run("operators", "add", "anna", "--name", "Anna Neri",
                    "--role", "supervisor", "--password-stdin", "--db", db());
            assertThat(add.exitCode()).as(add.toString()).isZero();
            assertThat(add.out()).contains("anna", "Anna Neri", "supervisor").doesNotContain("anna-password");
            logsIn(db(), "anna", "anna-password");

            CliRun.Result twice = new CliRun(home).stdin("anna-password\n").run("operators", "add", "anna",
                    "--name", "Anna Neri", "--role", "operator", "--password-stdin", "--db", db());
            assertThat(twice.exitCode()).isEqualTo(ExitCode.REFUSED.code());
            assertThat(twice.err()).contains("already an operator \"anna\"");
        }

        @Test
        void aPasswordIsNeverAnArgument() {
            CliRun.Result option = cli.run("operators", "add", "anna", "--name", "Anna", "--role", "operator",
                    "--password", "anna-password", "--db", db());
            assertThat(option.exitCode()).isEqualTo(ExitCode.USAGE.code());
            assertThat(option.err()).contains("--password");

            CliRun.Result positional = cli.run("operators", "passwd", "mrossi", "new-password", "--db", db());
            assertThat(positional.exitCode()).isEqualTo(ExitCode.USAGE.code());

            // No --password-stdin and no terminal to prompt at: say what to do, change nothing.
            CliRun.Result noTerminal = cli.run("operators", "passwd", "mrossi", "--db", db());
            assertThat(noTerminal.exitCode()).isEqualTo(ExitCode.USAGE.code());
            assertThat(noTerminal.err()).contains("--password-stdin");
            logsIn(db(), "mrossi", "demo");
        }

        @Test
        void badLoginsNamesRolesAndShortPasswordsAreRefused() {
            CliRun.Result login = cli.stdin("long-enough\n").run("operators", "add", "Anna Neri", "--name", "Anna",
                    "--role", "operator", "--password-stdin", "--db", db());
            assertThat(login.exitCode()).isEqualTo(ExitCode.USAGE.code());
            assertThat(login.err()).contains("login");

            CliRun.Result role = cli.stdin("long-enough\n").run("operators", "add", "anna", "--name", "Anna",
                    "--role", "boss", "--password-stdin", "--db", db());
            assertThat(role.exitCode()).isEqualTo(ExitCode.USAGE.code());
            assertThat(role.err()).contains("operator, supervisor or admin");

            CliRun.Result name = cli.stdin("long-enough\n").run("operators", "add", "anna", "--name", "A".repeat(101),
                    "--role", "operator", "--password-stdin", "--db", db());
            assertThat(name.exitCode()).isEqualTo(ExitCode.USAGE.code());

            CliRun.Result shortPassword = new CliRun(home).stdin("short\n").run("operators", "passwd", "mrossi",
                    "--password-stdin", "--db", db());
            assertThat(shortPassword.exitCode()).isEqualTo(ExitCode.REFUSED.code());
            assertThat(shortPassword.err()).contains("at least 8 characters");
            logsIn(db(), "mrossi", "demo");
        }

        @Test
        void passwdReplacesThePasswordAndLiftsALock() throws Exception {
            for (int i = 0; i < 5; i++) {
                failsToLogIn(db(), "mrossi", "wrong", i < 4 ? Problem.LOGIN_FAILED : Problem.LOGIN_LOCKED);
            }
            CliRun.Result passwd = cli.stdin("a-new-password\n").run("operators", "passwd", "mrossi",
                    "--password-stdin", "--db", db());
            assertThat(passwd.exitCode()).as(passwd.toString()).isZero();
            assertThat(passwd.out()).contains("Password set for mrossi");
            failsToLogIn(db(), "mrossi", "demo", Problem.LOGIN_FAILED);
            logsIn(db(), "mrossi", "a-new-password");
        }

        @Test
        void unlockLiftsALockOutThatListShows() throws Exception {
            for (int i = 0; i < 5; i++) {
                failsToLogIn(db(), "lbianchi", "wrong", i < 4 ? Problem.LOGIN_FAILED : Problem.LOGIN_LOCKED);
            }
            failsToLogIn(db(), "lbianchi", "demo", Problem.LOGIN_LOCKED);

            CliRun.Result table = cli.run("operators", "list", "--db", db());
            assertThat(table.exitCode()).as(table.toString()).isZero();
            assertThat(table.out()).containsPattern("lbianchi\tLuca Bianchi\toperator\tlocked until")
                    .contains("gverdi\tGiulia Verdi\tsupervisor");
            JsonNode json = new ObjectMapper().readTree(cli.run("operators", "list", "--json", "--db", db()).out());
            assertThat(json.get("operators")).hasSize(4);
            JsonNode luca = json.get("operators").get(2);
            assertThat(luca.get("login").asText()).as("by login").isEqualTo("lbianchi");
            assertThat(luca.get("locked").asBoolean()).isTrue();
            assertThat(luca.get("lockedUntil").asText()).isNotBlank();

            CliRun.Result unlock = cli.run("operators", "unlock", "lbianchi", "--db", db());
            assertThat(unlock.exitCode()).as(unlock.toString()).isZero();
            assertThat(unlock.out()).contains("Unlocked: lbianchi");
            logsIn(db(), "lbianchi", "demo");
            assertThat(cli.run("operators", "unlock", "lbianchi", "--db", db()).out()).contains("was not locked");

            CliRun.Result nobody = cli.run("operators", "unlock", "nobody", "--db", db());
            assertThat(nobody.exitCode()).isEqualTo(ExitCode.REFUSED.code());
        }
    }

    @Nested
    class InitWithoutASetUpFile {
        @Test
        void createsOnlyTheAdministratorWithTheGivenPassword() throws Exception {
            CliRun.Result init = new CliRun(home).stdin("the-admin-secret\n")
                    .run("office", "init", "--admin-password-stdin", "--db", db());
            assertThat(init.exitCode()).as(init.toString()).isZero();
            assertThat(init.out()).contains("operators: admin (ADMIN)").doesNotContain("mrossi", "the-admin-secret");
            logsIn(db(), "admin", "the-admin-secret");
            failsToLogIn(db(), "admin", "demo", Problem.LOGIN_FAILED);
            failsToLogIn(db(), "mrossi", "demo", Problem.LOGIN_FAILED);

            // Again: the administrator exists, so nothing is asked and the password stays.
            CliRun.Result again = new CliRun(home).run("office", "init", "--db", db());
            assertThat(again.exitCode()).as(again.toString()).isZero();
            logsIn(db(), "admin", "the-admin-secret");
            JsonNode list = new ObjectMapper().readTree(new CliRun(home).run("operators", "list", "--json",
                    "--db", db()).out());
            assertThat(list.get("operators")).hasSize(1);
        }

        @Test
        void withoutAPasswordNothingIsCreated() {
            CliRun.Result noTerminal = new CliRun(home).run("office", "init", "--db", db());
            assertThat(noTerminal.exitCode()).isEqualTo(ExitCode.USAGE.code());
            assertThat(noTerminal.err()).contains("--admin-password-stdin");

            CliRun.Result tooShort = new CliRun(home).stdin("admin\n")
                    .run("office", "init", "--admin-password-stdin", "--db", db());
            assertThat(tooShort.exitCode()).isEqualTo(ExitCode.USAGE.code());
            assertThat(tooShort.err()).contains("at least 8 characters");
            assertThat(new CliRun(home).run("operators", "list", "--db", db()).exitCode()).isNotZero();
        }

        @Test
        void theAdminPasswordOptionIsOnlyForTheSampleOffice() {
            CliRun.Result demo = new CliRun(home).stdin("the-admin-secret\n")
                    .run("office", "init", "--demo", "--admin-password-stdin", "--db", db());
            assertThat(demo.exitCode()).isEqualTo(ExitCode.USAGE.code());
        }
    }
}

package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.server.central.CentralLogin;
import org.sportello.server.sync.CentralPostgres;

/** {@code sportello central …} and {@code sportello sync …} end to end, on a real PostgreSQL and an H2 office. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CentralAndSyncCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PASSWORD = Pattern.compile("SPORTELLO_CENTRAL_PASSWORD=(\\S+)");

    @TempDir
    Path home;

    @Test
    void initAddOfficeSyncAndStatus() throws Exception {
        CentralLogin admin = CentralPostgres.newDatabase();
        CliRun asAdmin = new CliRun(home).env("SPORTELLO_CENTRAL_PASSWORD", admin.password());

        CliRun.Result init = asAdmin.run("central", "init", "--url", admin.url(), "--user", admin.user());
        assertThat(init.exitCode()).as(init.toString()).isZero();
        int central = org.sportello.server.MigrationFiles.centralCount();
        assertThat(init.out()).contains(central + (central == 1 ? " migration applied" : " migrations applied"));
        assertThat(asAdmin.run("central", "init", "--url", admin.url(), "--user", admin.user()).out())
                .contains("already up to date");

        String code = CentralPostgres.officeCode("CLI");
        String db = OfficeDatabase.fileUrl(home.resolve("office"));
        Path setup = home.resolve("office.properties");
        Files.writeString(setup, "office.code=" + code + "\noffice.name=Ufficio di prova\n"
                + "service.A.name.it=Accoglienza\nservice.A.name.en=Reception\nservice.A.area=PERSONS\n"
                + "counter.1.services=A\noperator.anna.name=Anna\noperator.anna.password=secret\n",
                StandardCharsets.UTF_8);
        assertThat(new CliRun(home).run("office", "init", "--setup", setup.toString(), "--db", db).exitCode()).isZero();

        CliRun.Result added = asAdmin.run("central", "add-office", code, "--url", admin.url(), "--user", admin.user());
        assertThat(added.exitCode()).as(added.toString()).isZero();
        String role = "office_" + code.toLowerCase();
        assertThat(added.out()).contains("role " + role, "no BYPASSRLS", "sslmode=verify-full");
        Matcher m = PASSWORD.matcher(added.out());
        assertThat(m.find()).isTrue();
        String password = m.group(1);

        CliRun.Result again = asAdmin.run("central", "add-office", code, "--url", admin.url(), "--user", admin.user());
        assertThat(again.exitCode()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(again.err()).contains("already registered", "--rotate-password").hasLineCount(1);
        assertThat(asAdmin.run("central", "add-office", "no-dashes!", "--url", admin.url()).exitCode())
                .isEqualTo(ExitCode.USAGE.code());
        // 192.0.2.1 (TEST-NET-1) is refused from the URL alone: no connection is tried (ADR 0027).
        CliRun.Result plain = asAdmin.run("central", "add-office", "ZZ", "--url",
                "jdbc:postgresql://192.0.2.1/sportello?sslmode=require", "--user", admin.user());
        assertThat(plain.exitCode()).as(plain.toString()).isEqualTo(ExitCode.USAGE.code());
        assertThat(plain.err()).contains("sslmode=verify-full", "loopback").hasLineCount(1);

        CliRun office = new CliRun(home).env("SPORTELLO_CENTRAL_URL", admin.url())
                .env("SPORTELLO_CENTRAL_USER", role).env("SPORTELLO_CENTRAL_PASSWORD", password);
        assertThat(office.run("queue", "issue", "--service", "A", "--db", db).exitCode()).isZero();
        assertThat(office.run("queue", "issue", "--service", "A", "--db", db).exitCode()).isZero();

        JsonNode before = JSON.readTree(office.run("sync", "status", "--json", "--db", db).out());
        assertThat(before.get("backlog").asLong()).isEqualTo(2);
        assertThat(before.get("streams").get(0).get("lastSuccess").isNull()).isTrue();

        CliRun.Result run = office.run("sync", "run", "--db", db);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("2 office events pushed");

        JsonNode after = JSON.readTree(office.run("sync", "status", "--json", "--db", db).out());
        assertThat(after.get("backlog").asLong()).isZero();
        assertThat(after.get("streams").get(0).get("rowsSynced").asLong()).isEqualTo(2);
        assertThat(after.get("streams").get(0).get("lastSuccess").isNull()).isFalse();

        CliRun.Result asSuperuser = new CliRun(home).env("SPORTELLO_CENTRAL_PASSWORD", admin.password())
                .run("sync", "run", "--db", db, "--central", admin.url(), "--central-user", admin.user());
        assertThat(asSuperuser.exitCode()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(asSuperuser.err()).contains("never connects to central as a superuser");

        String deadUrl = "jdbc:postgresql://localhost:" + freePort() + "/nowhere";
        CliRun.Result away = office.run("sync", "run", "--db", db, "--central", deadUrl);
        assertThat(away.exitCode()).as(away.toString()).isEqualTo(ExitCode.UNREACHABLE.code());
        assertThat(away.err()).contains("central cannot be reached");
        CliRun.Result status = office.run("sync", "status", "--db", db);
        assertThat(status.out()).contains("0 office events not yet confirmed", "push", "Last error (push): central cannot"
                + " be reached");
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

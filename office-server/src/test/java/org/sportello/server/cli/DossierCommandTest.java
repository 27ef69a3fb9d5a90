package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.server.central.CentralLogin;
import org.sportello.server.central.OfficeCredentials;
import org.sportello.server.sync.CentralPostgres;

/** {@code sportello dossier …}, {@code sync review} and {@code central transfer-dossier}, on real PostgreSQL and H2. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class DossierCommandTest {
    private static final String CF = "RSSMRA85T10A562S";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void registerSyncTransferShowPullAndReview() throws Exception {
        CentralLogin admin = CentralPostgres.initialised();
        CliRun a = office(admin, "a", CentralPostgres.officeCode("CA"));
        CliRun b = office(admin, "b", CentralPostgres.officeCode("CB"));
        String dbA = db("a");
        String dbB = db("b");
        String codeB = codeOf("b");

        CliRun.Result registered = a.run("dossier", "register", CF, "--family-name", "Rossi", "--given-names", "Mario",
                "--db", dbA);
        assertThat(registered.exitCode()).as(registered.toString()).isZero();
        assertThat(registered.out()).contains(CF + "  ROSSI Mario", "State: OWNED", "changes not yet pushed");
        assertThat(a.run("dossier", "register", "RSSMRA85T10A562X", "--family-name", "X", "--given-names", "Y",
                "--db", dbA).exitCode()).as("a mistyped code").isEqualTo(ExitCode.USAGE.code());
        assertThat(a.run("sync", "run", "--db", dbA).exitCode()).isZero();
        assertThat(b.run("sync", "run", "--db", dbB).exitCode()).isZero();

        CliRun.Result noReason = b.run("dossier", "pull", CF, "--db", dbB);
        assertThat(noReason.exitCode()).as(noReason.toString()).isEqualTo(ExitCode.USAGE.code());
        assertThat(noReason.err()).contains("needs a reason", "--reason TEXT").hasLineCount(1);
        CliRun.Result pulled = b.run("dossier", "pull", CF, "--reason", "citizen at our desk", "--db", dbB);
        assertThat(pulled.exitCode()).as(pulled.toString()).isZero();
        assertThat(pulled.out()).contains("State: COPY (owner: office " + codeOf("a") + ")");

        CliRun.Result moved = a.run("dossier", "transfer", CF, "--to", codeB, "--reason", "moved", "--db", dbA);
        assertThat(moved.exitCode()).as(moved.toString()).isZero();
        assertThat(moved.out()).contains("now belongs to office " + codeB, "State: MOVED");
        CliRun.Result again = a.run("dossier", "transfer", CF, "--to", codeB, "--db", dbA);
        assertThat(again.exitCode()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(again.err()).contains("belongs to office " + codeB).hasLineCount(1);

        assertThat(b.run("sync", "run", "--db", dbB).exitCode()).isZero();
        assertThat(b.run("dossier", "show", CF, "--db", dbB).out()).contains("State: OWNED (owner: office " + codeB + ")");
        assertThat(b.run("dossier", "show", "BNCNNA90A41F205W", "--db", dbB).exitCode()).isEqualTo(ExitCode.REFUSED.code());

        CliRun asAdmin = new CliRun(home).env("SPORTELLO_CENTRAL_PASSWORD", admin.password());
        CliRun.Result unexplained = asAdmin.run("central", "transfer-dossier", CF, "--to", codeOf("a"), "--url",
                admin.url(), "--user", admin.user());
        assertThat(unexplained.exitCode()).as(unexplained.toString()).isEqualTo(ExitCode.USAGE.code());
        assertThat(unexplained.err()).contains("needs a reason", "--reason TEXT");
        CliRun.Result back = asAdmin.run("central", "transfer-dossier", CF, "--to", codeOf("a"), "--url", admin.url(),
                "--user", admin.user(), "--reason", "citizen came back");
        assertThat(back.exitCode()).as(back.toString()).isZero();
        assertThat(back.out()).contains("now belongs to office " + codeOf("a"), "central version 3");

        assertThat(a.run("sync", "review").out()).contains("Nothing to review.");
        JsonNode reviews = JSON.readTree(asAdmin.run("sync", "review", "--json", "--central", admin.url(),
                "--central-user", admin.user()).out());
        assertThat(reviews.get("reviews").size()).isZero();

        // Both offices open a dossier for the same newcomer: central holds the second one for review.
        String anna = "BNCNNA90A41F205W";
        assertThat(b.run("dossier", "register", anna, "--family-name", "Bianchi", "--given-names", "Anna",
                "--db", dbB).exitCode()).isZero();
        assertThat(a.run("dossier", "register", anna, "--family-name", "Bianchi", "--given-names", "Anna Maria",
                "--db", dbA).exitCode()).isZero();
        assertThat(b.run("sync", "run", "--db", dbB).exitCode()).isZero();
        assertThat(a.run("sync", "run", "--db", dbA).exitCode()).isZero();
        String[] central = {"--central", admin.url(), "--central-user", admin.user()};
        JsonNode held = JSON.readTree(asAdmin.run(cat(new String[] {"sync", "review", "--json"}, central)).out());
        assertThat(held.get("reviews").size()).isEqualTo(1);
        String id = held.get("reviews").get(0).get("id").asText();

        assertThat(asAdmin.run(cat(new String[] {"sync", "review", "resolve", id, "--keep", "sideways"}, central))
                .exitCode()).isEqualTo(ExitCode.USAGE.code());
        CliRun.Result resolved = asAdmin.run(cat(new String[] {"sync", "review", "resolve", id, "--keep", "central",
                "--note", "same person, B's dossier stands"}, central));
        assertThat(resolved.exitCode()).as(resolved.toString()).isZero();
        assertThat(resolved.out()).contains("Review entry " + id + " resolved: central's copy is the dossier's version 2");
        CliRun.Result twice = asAdmin.run(cat(new String[] {"sync", "review", "resolve", id, "--keep", "office"}, central));
        assertThat(twice.exitCode()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(twice.err()).contains("resolved already");

        assertThat(asAdmin.run(cat(new String[] {"sync", "review"}, central)).out()).contains("Nothing to review.");
        CliRun.Result list = asAdmin.run(cat(new String[] {"sync", "review", "--all"}, central));
        assertThat(list.out()).contains(anna, "DUPLICATE_DOSSIER", "by " + admin.user() + ", kept central (version 2):"
                + " same person, B's dossier stands", "0 open, 1 resolved");
    }

    private static String[] cat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private CliRun office(CentralLogin admin, String dir, String code) throws Exception {
        Path setup = home.resolve(dir + ".properties");
        Files.writeString(setup, "office.code=" + code + "\noffice.name=Ufficio " + code + "\n"
                + "service.A.name.it=Accoglienza\nservice.A.name.en=Reception\nservice.A.area=PERSONS\n"
                + "counter.1.services=A\noperator.anna.name=Anna\noperator.anna.password=secret\n",
                StandardCharsets.UTF_8);
        assertThat(new CliRun(home).run("office", "init", "--setup", setup.toString(), "--db", db(dir)).exitCode()).isZero();
        Files.writeString(home.resolve(dir + ".code"), code);
        OfficeCredentials c = CentralPostgres.addOffice(admin, code);
        return new CliRun(home).env("SPORTELLO_CENTRAL_URL", admin.url()).env("SPORTELLO_CENTRAL_USER", c.role())
                .env("SPORTELLO_CENTRAL_PASSWORD", c.password());
    }

    private String codeOf(String dir) throws Exception {
        return Files.readString(home.resolve(dir + ".code"));
    }

    private String db(String dir) {
        return OfficeDatabase.fileUrl(home.resolve(dir));
    }
}

package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.cases.MeasureKind;
import org.sportello.model.cases.Party;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;

/**
 * {@code sportello dossier did | show --json}, {@code documents issue} and {@code caseload --json} on a real
 * office database, logged in as {@code queue call} is (SPORTELLO_USER and SPORTELLO_PASSWORD here).
 */
class CaseCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CF = "NREANN85T50A944" + CodiceFiscale.checkCharacter("NREANN85T50A944");

    @TempDir
    Path home;
    CliRun cli;

    @BeforeEach
    void office() {
        cli = new CliRun(home).env("SPORTELLO_USER", "mrossi").env("SPORTELLO_PASSWORD", "demo");
        assertThat(cli.run("office", "init", "--demo", "--db", db()).exitCode()).isZero();
        CliRun.Result registered = cli.run("dossier", "register", CF, "--family-name", "Neri", "--given-names", "Anna",
                "--db", db());
        assertThat(registered.exitCode()).as(registered.toString()).isZero();
    }

    private String db() {
        return OfficeDatabase.fileUrl(home.resolve("office-data"));
    }

    @Test
    void withoutADidTheStatusCertificateIsRefusedWithWhatIsMissingAndTheHistoryNeverSaysUnemployed() throws Exception {
        JsonNode before = show();
        assertThat(before.get("did").isNull()).isTrue();
        assertThat(before.get("status").asText()).isEqualTo("NO_DID");
        assertThat(before.get("caseManager").isNull()).isTrue();
        assertThat(before.get("pact").isNull()).isTrue();
        assertThat(before.get("firstOfferDue").isNull()).isTrue();
        assertThat(before.get("talks").get("required").asInt()).isZero();
        assertThat(before.get("overdue").isArray()).isTrue();

        Path pdf = home.resolve("status.pdf");
        CliRun.Result refused = cli.run("documents", "issue", "--kind", "employment-status-certificate", "--cf", CF,
                "--out", pdf.toString(), "--db", db());
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(refused.err()).contains("no declaration of immediate availability (DID) in force",
                "Record the DID first").hasLineCount(1);
        assertThat(pdf).doesNotExist();

        Path history = home.resolve("history.pdf");
        CliRun.Result issued = cli.run("documents", "issue", "--kind", "status-history", "--cf", CF, "--out",
                history.toString(), "--db", db());
        assertThat(issued.exitCode()).as(issued.toString()).isZero();
        assertThat(text(history)).contains("NERI Anna", "nessuna DID in corso di validità")
                .doesNotContainIgnoringCase("disoccupazione");
    }

    @Test
    void aDidRecordedOnTheCommandLineMakesTheCertificateIssuable() throws Exception {
        String today = LocalDate.now(ZoneId.of("Europe/Rome")).toString();
        CliRun.Result did = cli.run("dossier", "did", CF, "--db", db());
        assertThat(did.exitCode()).as(did.toString()).isZero();
        assertThat(did.out()).contains(CF, today, "UNEMPLOYED");
        CliRun.Result twice = cli.run("dossier", "did", CF, "--db", db());
        assertThat(twice.exitCode()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(twice.err()).contains("already has a DID in force");

        JsonNode shown = show();
        assertThat(shown.get("did").asText()).isEqualTo(today);
        assertThat(shown.get("status").asText()).isEqualTo("UNEMPLOYED");
        assertThat(shown.get("talks").get("done").asInt()).isZero();
        assertThat(shown.get("talks").get("required").asInt()).isEqualTo(6);
        assertThat(shown.get("talks").get("by").asText()).isEqualTo(LocalDate.parse(today).plusWeeks(26).toString());
        // Born 10 December 1985: 30 to 50 on the DID's day, six months.
        assertThat(shown.get("firstOfferDue").asText()).isEqualTo(LocalDate.parse(today).plusMonths(6).toString());

        Path pdf = home.resolve("status.pdf");
        CliRun.Result issued = cli.run("documents", "issue", "--kind", "employment-status-certificate", "--cf", CF,
                "--out", pdf.toString(), "--db", db());
        assertThat(issued.exitCode()).as(issued.toString()).isZero();
        assertThat(text(pdf)).contains("DISOCCUPAZIONE", "NERI Anna");

        CliRun.Result withdrawn = cli.run("dossier", "did", CF, "--withdraw", "--db", db());
        assertThat(withdrawn.exitCode()).as(withdrawn.toString()).isZero();
        assertThat(withdrawn.out()).contains("NO_DID");
        JsonNode after = show();
        assertThat(after.get("did").isNull()).isTrue();
        assertThat(after.get("didHistory")).hasSize(1);
        assertThat(after.get("didHistory").get(0).get("endedOn").asText()).isEqualTo(today);

        CliRun.Result badDate = cli.run("dossier", "did", CF, "--date", "31/12/2026", "--db", db());
        assertThat(badDate.exitCode()).isEqualTo(ExitCode.USAGE.code());
    }

    @Test
    void theOfficesOwnContactPlanFromItsSetUpFileDecidesTheDeadlines() throws Exception {
        // The demo file with a region's plan: 8 talks in 20 weeks, first offer within 4 months for ages 30 to 50.
        String demo;
        try (var in = org.sportello.model.setup.OfficeSetupFile.class.getResourceAsStream("demo-office.properties")) {
            demo = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Path setup = home.resolve("regional.properties");
        Files.writeString(setup, demo.replace("plan.talks.required=6", "plan.talks.required=8")
                .replace("plan.talks.weeks=26", "plan.talks.weeks=20")
                .replace("plan.first-offer.months.middle=6", "plan.first-offer.months.middle=4"));
        CliRun.Result init = cli.run("office", "init", "--setup", setup.toString(), "--db", db());
        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(cli.run("dossier", "did", CF, "--db", db()).exitCode()).isZero();

        String today = LocalDate.now(ZoneId.of("Europe/Rome")).toString();
        JsonNode shown = show();
        assertThat(shown.get("talks").get("required").asInt()).isEqualTo(8);
        assertThat(shown.get("talks").get("by").asText()).isEqualTo(LocalDate.parse(today).plusWeeks(20).toString());
        assertThat(shown.get("firstOfferDue").asText()).isEqualTo(LocalDate.parse(today).plusMonths(4).toString());

        // Back to the demo's own file: the shipped plan again, for the next DID's deadlines.
        assertThat(cli.run("office", "init", "--demo", "--db", db()).exitCode()).isZero();
        assertThat(show().get("talks").get("required").asInt()).isEqualTo(6);
    }

    @Test
    void thePactAndTheCaseloadFromTheCommandLine() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        assertThat(cli.run("dossier", "did", CF, "--date", today.minusMonths(2).toString(), "--db", db()).exitCode())
                .isZero();
        Path pact = home.resolve("pact.pdf");
        CliRun.Result noManager = cli.run("documents", "issue", "--kind", "service-pact", "--cf", CF, "--out",
                pact.toString(), "--db", db());
        assertThat(noManager.exitCode()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(noManager.err()).contains("no case manager");
        try (OfficeConnection office = OfficeConnection.open(db())) {
            OperatorSession mrossi = office.auth().login("mrossi", "demo".toCharArray());
            CodiceFiscale anna = CodiceFiscale.of(CF, today);
            office.cases().assign(mrossi, anna, null);
            office.cases().addMeasure(mrossi, anna, MeasureKind.JOB_TALK, today.minusDays(3), Party.CASE_MANAGER,
                    "Colloquio di monitoraggio");
            office.cases().addMeasure(mrossi, anna, MeasureKind.WORKSHOP, today.plusMonths(1), Party.CITIZEN,
                    "Laboratorio CV");
        }
        CliRun.Result issued = cli.run("documents", "issue", "--kind", "service-pact", "--cf", CF, "--out",
                pact.toString(), "--db", db());
        assertThat(issued.exitCode()).as(issued.toString()).isZero();
        assertThat(text(pact)).contains("Patto di servizio personalizzato", "Laboratorio CV", "Firma della persona");

        JsonNode shown = show();
        assertThat(shown.get("caseManager").asText()).isEqualTo("mrossi");
        assertThat(shown.get("pact").asText()).matches("[A-Z0-9]+-\\d{4}-\\d{6}");
        assertThat(issued.out()).contains(shown.get("pact").asText());
        assertThat(shown.get("firstOfferDue").isNull()).as("the workshop is the first offer").isTrue();
        assertThat(shown.get("overdue")).singleElement().satisfies(d -> {
            assertThat(d.get("what").asText()).isEqualTo("MEASURE");
            assertThat(d.get("measure").asText()).isEqualTo("JOB_TALK");
        });

        CliRun.Result own = cli.run("caseload", "--json", "--db", db());
        assertThat(own.exitCode()).as(own.toString()).isZero();
        JsonNode load = JSON.readTree(own.out());
        assertThat(load.get("today").asText()).isEqualTo(today.toString());
        assertThat(load.get("overdue")).singleElement().satisfies(e -> {
            assertThat(e.get("cf").asText()).isEqualTo(CF);
            assertThat(e.get("caseManager").asText()).isEqualTo("mrossi");
        });
        assertThat(load.get("later")).extracting(e -> e.get("what").asText()).contains("MEASURE", "TALKS");

        CliRun lbianchi = new CliRun(home).env("SPORTELLO_USER", "lbianchi").env("SPORTELLO_PASSWORD", "demo");
        assertThat(JSON.readTree(lbianchi.run("caseload", "--json", "--db", db()).out()).get("overdue")).isEmpty();
        CliRun.Result notHers = lbianchi.run("caseload", "--operator", "mrossi", "--json", "--db", db());
        assertThat(notHers.exitCode()).isEqualTo(ExitCode.REFUSED.code());
        CliRun gverdi = new CliRun(home).env("SPORTELLO_USER", "gverdi").env("SPORTELLO_PASSWORD", "demo");
        JsonNode all = JSON.readTree(gverdi.run("caseload", "--operator", "mrossi", "--json", "--db", db()).out());
        assertThat(all.get("operator").asText()).isEqualTo("mrossi");
        assertThat(all.get("overdue")).hasSize(1);
    }

    private JsonNode show() throws IOException {
        CliRun.Result shown = cli.run("dossier", "show", CF, "--json", "--db", db());
        assertThat(shown.exitCode()).as(shown.toString()).isZero();
        return JSON.readTree(shown.out());
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).isEmpty() ? ""
                    : new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}

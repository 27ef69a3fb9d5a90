package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.DocumentSamples;
import org.sportello.model.documents.IssuedDocument;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;

/** {@code sportello documents} and {@code sportello cf} end to end. */
class DocumentsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;
    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(home);
    }

    private String dbUrl() {
        return OfficeDatabase.fileUrl(home.resolve("office-data"));
    }

    private IssuedDocument issueInDemoOffice(DocumentKind kind) {
        CliRun.Result init = cli.run("office", "init", "--demo", "--db", dbUrl());
        assertThat(init.exitCode()).as(init.toString()).isZero();
        try (OfficeConnection office = OfficeConnection.open(dbUrl())) {
            var session = office.auth().login("mrossi", "demo".toCharArray());
            var zone = office.directory().office().zone();
            var samples = new DocumentSamples(java.time.LocalDate.now(zone), zone);
            return office.documents()
                    .issue(session, samples.facts(kind, samples.samplePersonCode()), Locale.ITALIAN);
        }
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void kindsListsEveryKindInBothLanguages() {
        CliRun.Result r = cli.run("documents", "kinds");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        for (DocumentKind k : DocumentKind.values()) {
            assertThat(r.out()).contains(k.slug());
        }
        assertThat(r.out()).contains("Employment status certificate", "Certificato di stato occupazionale",
                "Copia timbrata", "CERTIFICATE_ISSUED", "INCOMING_COMPANY_COMMUNICATION");
        assertThat(cli.run("--help").out()).contains("documents", "cf");
    }

    @Test
    void rendersASampleOfEveryKind() throws IOException {
        for (DocumentKind k : DocumentKind.values()) {
            Path out = home.resolve("out").resolve(k.slug() + ".pdf");
            CliRun.Result r = cli.run("documents", "render", "--kind", k.slug(), "--sample", "--out", out.toString(),
                    "--lang", "en");
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out()).contains("written to", "SAMPLE-", "QR: SPT1|SAMPLE-");
            // The watermark is set diagonally, so extraction may split its letters: compare without spaces.
            assertThat(pdfText(out).replace(" ", "")).contains("SAMPLE-NOTVALID", "SAMPLE-");
        }
        assertThat(pdfText(home.resolve("out").resolve("appointment-letter.pdf"))).contains("Appointment letter");
    }

    @Test
    void renderRefusesBadInputAndWritesNothing() {
        Path out = home.resolve("bad.pdf");
        CliRun.Result badCf = cli.run("documents", "render", "--kind", "did-attestation", "--sample",
                "--cf", "RSSMRA85T10H501X", "--out", out.toString());
        assertThat(badCf.exitCode()).isEqualTo(2);
        assertThat(badCf.err()).contains("not a valid codice fiscale", "check character", "nothing written");
        assertThat(out).doesNotExist();

        CliRun.Result badKind = cli.run("documents", "render", "--kind", "diploma", "--sample", "--out", out.toString());
        assertThat(badKind.exitCode()).isEqualTo(2);
        assertThat(badKind.err()).contains("unknown document kind", "stamped-receipt");

        CliRun.Result notSample = cli.run("documents", "render", "--kind", "did-attestation", "--out", out.toString());
        assertThat(notSample.exitCode()).isEqualTo(2);
        assertThat(notSample.err()).contains("only --sample");
        assertThat(out).doesNotExist();

        CliRun.Result goodCf = cli.run("documents", "render", "--kind", "did-attestation", "--sample",
                "--cf", "vrdgli90a41f205x", "--out", out.toString());
        assertThat(goodCf.exitCode()).as(goodCf.toString()).isZero();
        assertThat(out).exists();
    }

    @Test
    void verifiesAPayloadAndAScanOfAnIssuedDocument() throws IOException {
        IssuedDocument doc = issueInDemoOffice(DocumentKind.EMPLOYMENT_STATUS_CERTIFICATE);
        CliRun.Result genuine = cli.run("documents", "verify", "--payload", doc.seal().encode(), "--db", dbUrl());
        assertThat(genuine.exitCode()).as(genuine.toString()).isZero();
        assertThat(genuine.out()).startsWith("GENUINE").contains(doc.entry().number().format(), "REGISTERED");

        CliRun.Result italian = cli.run("documents", "verify", "--payload", doc.seal().encode(), "--db", dbUrl(),
                "--lang", "it");
        assertThat(italian.out()).startsWith("AUTENTICO");

        String encoded = doc.seal().encode();
        String tampered = encoded.replace(doc.entry().number().format(),
                doc.entry().number().format().replace("000001", "000002"));
        CliRun.Result altered = cli.run("documents", "verify", "--payload", tampered, "--db", dbUrl());
        assertThat(altered.exitCode()).isEqualTo(3);
        assertThat(altered.out()).startsWith("ALTERED");

        Path scan = home.resolve("scan.png");
        try (PDDocument pdf = Loader.loadPDF(doc.pdf())) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 200);
            ImageIO.write(page, "png", scan.toFile());
        }
        CliRun.Result fromScan = cli.run("documents", "verify", "--file", scan.toString(), "--db", dbUrl());
        assertThat(fromScan.exitCode()).as(fromScan.toString()).isZero();
        assertThat(fromScan.out()).startsWith("GENUINE");

        Path pdf = home.resolve("issued.pdf");
        Files.write(pdf, doc.pdf());
        assertThat(cli.run("documents", "verify", "--file", pdf.toString(), "--db", dbUrl()).out())
                .startsWith("GENUINE");
    }

    @Test
    void aSampleAnUnreadableScanAndABadCommandLineAreNotGenuine() throws IOException {
        issueInDemoOffice(DocumentKind.DID_ATTESTATION);
        Path sample = home.resolve("sample.pdf");
        CliRun.Result rendered = cli.run("documents", "render", "--kind", "did-attestation", "--sample",
                "--out", sample.toString());
        assertThat(rendered.exitCode()).as(rendered.toString()).isZero();
        CliRun.Result other = cli.run("documents", "verify", "--file", sample.toString(), "--db", dbUrl());
        assertThat(other.exitCode()).as(other.toString()).isEqualTo(3);
        assertThat(other.out()).contains("ANOTHER OFFICE", "SAMPLE-", "public key");

        Path blank = home.resolve("blank.png");
        BufferedImage white = new BufferedImage(400, 600, BufferedImage.TYPE_INT_RGB);
        white.getGraphics().fillRect(0, 0, 400, 600);
        ImageIO.write(white, "png", blank.toFile());
        CliRun.Result unreadable = cli.run("documents", "verify", "--file", blank.toString(), "--db", dbUrl());
        assertThat(unreadable.exitCode()).isEqualTo(3);
        assertThat(unreadable.err()).contains("no QR code could be read");

        // A paper handed in is untrusted: the scan intake's limits hold here too (50 pages at most).
        Path thick = home.resolve("thick.pdf");
        try (PDDocument many = new PDDocument()) {
            for (int i = 0; i < 51; i++) {
                many.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            }
            many.save(thick.toFile());
        }
        CliRun.Result tooThick = cli.run("documents", "verify", "--file", thick.toString(), "--db", dbUrl());
        assertThat(tooThick.exitCode()).as(tooThick.toString()).isEqualTo(3);
        assertThat(tooThick.err()).contains("REFUSED, NOT OPENED", "51 pages");

        assertThat(cli.run("documents", "verify", "--payload", "hello", "--db", dbUrl()).out())
                .startsWith("NOT A SPORTELLO CODE");
        assertThat(cli.run("documents", "verify", "--db", dbUrl()).exitCode()).isEqualTo(2);
        assertThat(cli.run("documents", "verify", "--payload", "x", "--file", blank.toString()).exitCode())
                .isEqualTo(2);
        assertThat(cli.run("documents", "verify", "--file", home.resolve("missing.png").toString()).exitCode())
                .isEqualTo(2);
    }

    @Test
    void cfCheckDecodesAValidCodeAndExplainsABadOne() throws IOException {
        CliRun.Result ok = cli.run("cf", "check", "rssmra85t10a562s");
        assertThat(ok.exitCode()).as(ok.toString()).isZero();
        assertThat(ok.out()).contains("RSSMRA85T10A562S: valid", "1985-12-10", "A562", "male");
        // The town by its name from the official cadastral list, not only its code.
        assertThat(ok.out()).contains("Born:  1985-12-10 in SAN GIULIANO TERME (PI) (A562)");

        CliRun.Result omocodic = cli.run("cf", "check", "RSSMRA85T10A56NH", "--json");
        assertThat(omocodic.exitCode()).isZero();
        JsonNode json = JSON.readTree(omocodic.out());
        assertThat(json.get("valid").asBoolean()).isTrue();
        assertThat(json.get("omocodic").asBoolean()).isTrue();
        assertThat(json.get("canonical").asText()).isEqualTo("RSSMRA85T10A562S");
        assertThat(json.get("birthDate").asText()).isEqualTo("1985-12-10");
        assertThat(json.get("sex").asText()).isEqualTo("MALE");
        assertThat(json.get("birthPlace").asText()).isEqualTo("SAN GIULIANO TERME (PI)");

        CliRun.Result bad = cli.run("cf", "check", "RSSMRA85T10A562T");
        assertThat(bad.exitCode()).isEqualTo(3);
        assertThat(bad.err()).contains("not a valid codice fiscale", "check character").hasLineCount(1);
        assertThat(bad.out()).isEmpty();

        CliRun.Result badJson = cli.run("cf", "check", "RSSMRA85", "--json");
        assertThat(badJson.exitCode()).isEqualTo(3);
        JsonNode err = JSON.readTree(badJson.out());
        assertThat(err.get("valid").asBoolean()).isFalse();
        assertThat(err.get("error").asText()).isEqualTo("WRONG_LENGTH");

        assertThat(cli.run("cf", "check").exitCode()).isEqualTo(2);
    }
}

package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.DocumentSamples;
import org.sportello.model.documents.IssuedDocument;
import org.sportello.model.documents.ScanSimulator;
import org.sportello.model.documents.ScanSimulator.Defects;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;

/** {@code sportello documents intake} and {@code reprint} on a real office database. */
class DocumentsArchiveCommandTest {
    @TempDir
    Path home;
    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(home).env("SPORTELLO_USER", "mrossi").env("SPORTELLO_PASSWORD", "demo");
        CliRun.Result init = cli.run("office", "init", "--demo", "--db", dbUrl());
        assertThat(init.exitCode()).as(init.toString()).isZero();
    }

    private String dbUrl() {
        return OfficeDatabase.fileUrl(home.resolve("office-data"));
    }

    private List<IssuedDocument> issue(DocumentKind... kinds) {
        try (OfficeConnection office = OfficeConnection.open(dbUrl())) {
            var session = office.auth().login("mrossi", "demo".toCharArray());
            var zone = office.directory().office().zone();
            var samples = new DocumentSamples(LocalDate.now(zone), zone);
            return java.util.Arrays.stream(kinds).map(k -> office.documents().issue(session,
                    samples.facts(k, samples.samplePersonCode()), Locale.ITALIAN)).toList();
        }
    }

    @Test
    void intakeFilesTheReadablePagesListsTheRestAndSaysSoInItsExitCode() throws IOException {
        List<IssuedDocument> docs = issue(DocumentKind.DID_ATTESTATION, DocumentKind.STAMPED_RECEIPT);
        Path folder = Files.createDirectories(home.resolve("scanner"));
        ScanSimulator scanner = new ScanSimulator();
        Files.write(folder.resolve("a.jpg"), ScanSimulator.jpeg(scanner.scan(docs.get(0).pdf(), 0,
                new Defects(200, 2.0, false, 15, 30, 7))));
        Files.write(folder.resolve("b.png"), ScanSimulator.png(scanner.scan(docs.get(1).pdf(), 0,
                new Defects(250, -2.0, true, 15, 30, 8))));
        Files.write(folder.resolve("c.png"), ScanSimulator.png(new java.awt.image.BufferedImage(800, 1100,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY)));

        CliRun.Result r = cli.run("documents", "intake", "--folder", folder.toString(), "--db", dbUrl());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
        assertThat(r.out()).contains("filed         a.jpg p.1 -> " + docs.get(0).entry().number(),
                "filed         b.png p.1 -> " + docs.get(1).entry().number(),
                "Not filed (1)", "c.png p.1: no code could be read; rescan it",
                "Summary: 2 filed, 0 already filed, 1 unreadable, 0 not filed, 0 damaged files.");

        Files.delete(folder.resolve("c.png"));
        CliRun.Result again = cli.run("documents", "intake", "--folder", folder.toString(), "--db", dbUrl());
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("Summary: 0 filed, 2 already filed, 0 unreadable");

        CliRun.Result missing = cli.run("documents", "intake", "--folder", home.resolve("nope").toString(),
                "--db", dbUrl());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such folder");
    }

    @Test
    void intakeRefusesFilesOverItsLimitsAndLinksOutOfTheFolderInTheChosenLanguage() throws IOException {
        Path folder = Files.createDirectories(home.resolve("scanner"));
        try (PDDocument pdf = new PDDocument()) {
            for (int i = 0; i < 3; i++) {
                pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            }
            pdf.save(folder.resolve("three-pages.pdf").toFile());
        }
        Files.createSymbolicLink(folder.resolve("passwd.png"), Path.of("/etc/passwd"));

        CliRun.Result r = cli.run("documents", "intake", "--folder", folder.toString(), "--max-pages", "2",
                "--lang", "it", "--db", dbUrl());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
        assertThat(r.out()).contains("Refused, not opened (2):",
                "RIFIUTATO, NON APERTO: passwd.png è un collegamento a /etc/passwd, fuori dalla cartella",
                "RIFIUTATO, NON APERTO: three-pages.pdf ha 3 pagine, più delle 2 ammesse in un file",
                "0 damaged files, 2 refused unopened.");
        assertThat(r.out()).doesNotContain("No scans in this folder");

        CliRun.Result zero = cli.run("documents", "intake", "--folder", folder.toString(), "--max-megapixels", "0",
                "--db", dbUrl());
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).contains("must be at least 1");
    }

    @Test
    void reprintWritesTheMarkedDuplicateAndRefusesWhatItCannot() throws IOException {
        IssuedDocument doc = issue(DocumentKind.REGISTRATION_CERTIFICATE).getFirst();
        Path out = home.resolve("dup.pdf");

        CliRun.Result r = cli.run("documents", "reprint", "--number", doc.entry().number().format(), "--out",
                out.toString(), "--db", dbUrl());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Duplicate of " + doc.entry().number(), "Reprint recorded");
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("DUPLICATO / DUPLICATE",
                    doc.entry().number().format());
        }

        CliRun.Result unknown = cli.run("documents", "reprint", "--number", "BO01-2026-000999", "--out",
                home.resolve("x.pdf").toString(), "--db", dbUrl());
        assertThat(unknown.exitCode()).isEqualTo(3);
        assertThat(unknown.err()).contains("BO01-2026-000999");
        assertThat(home.resolve("x.pdf")).doesNotExist();

        CliRun.Result garbled = cli.run("documents", "reprint", "--number", "BO01/2026/1", "--out",
                home.resolve("x.pdf").toString(), "--db", dbUrl());
        assertThat(garbled.exitCode()).isEqualTo(2);
        assertThat(garbled.err()).contains("not a protocol number");
    }
}

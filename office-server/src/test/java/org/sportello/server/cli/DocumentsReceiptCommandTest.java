package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.devices.printer.escpos.PrinterProfile;
import org.sportello.devices.printer.virtual.PrintedTicket;
import org.sportello.devices.printer.virtual.VirtualPrinter;
import org.sportello.model.documents.CodeReader;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.DocumentSamples;
import org.sportello.model.documents.IssuedDocument;
import org.sportello.model.documents.ScannedCode;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.model.seal.Outcome;

/**
 * The short receipt round trip: ESC/POS bytes from {@code sportello documents receipt} → the virtual
 * printer's picture of the paper → ZXing reads the QR → the office says GENUINE.
 */
class DocumentsReceiptCommandTest {
    @TempDir
    Path home;
    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(home);
        CliRun.Result init = cli.run("office", "init", "--demo", "--db", dbUrl());
        assertThat(init.exitCode()).as(init.toString()).isZero();
    }

    private String dbUrl() {
        return OfficeDatabase.fileUrl(home.resolve("office-data"));
    }

    private IssuedDocument issue(DocumentKind kind) {
        try (OfficeConnection office = OfficeConnection.open(dbUrl())) {
            var session = office.auth().login("mrossi", "demo".toCharArray());
            var zone = office.directory().office().zone();
            var samples = new DocumentSamples(LocalDate.now(zone), zone);
            return office.documents().issue(session, samples.facts(kind, samples.samplePersonCode()), Locale.ITALIAN);
        }
    }

    @Test
    void theReceiptsQrScansBackAsGenuineAndTheSubjectIsMasked() throws IOException {
        IssuedDocument doc = issue(DocumentKind.EMPLOYMENT_STATUS_CERTIFICATE);
        Path capture = home.resolve("receipt.bin");

        CliRun.Result r = cli.run("documents", "receipt", "--number", doc.entry().number().format(), "--transport",
                "capture:" + capture, "--profile", "tm-t20", "--db", dbUrl());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        VirtualPrinter printer = new VirtualPrinter(PrinterProfile.EPSON_TM_T20.dotWidth());
        printer.accept(Files.readAllBytes(capture));
        PrintedTicket paper = printer.tickets().getLast();
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(paper.image(), "png", shots.resolve("document-receipt-escpos-it.png").toFile());

        String cf = doc.entry().subjectCode();
        assertThat(paper.text()).contains("Ricevuta di protocollo", "Prot. n. " + doc.entry().number(),
                "Codice fiscale " + cf.substring(0, 3) + "**********" + cf.substring(13));
        assertThat(paper.text()).doesNotContain(cf);
        List<ScannedCode> codes = new CodeReader().read(paper.image());
        assertThat(codes).contains(new ScannedCode(ScannedCode.Symbology.QR_CODE, doc.seal().encode()),
                new ScannedCode(ScannedCode.Symbology.CODE_128, doc.entry().number().format()));
        try (OfficeConnection office = OfficeConnection.open(dbUrl())) {
            assertThat(office.scans().check(doc.seal().encode()).outcome()).isEqualTo(Outcome.GENUINE);
            assertThat(office.scans().check(doc.entry().number().format()).outcome())
                    .isEqualTo(Outcome.REGISTERED_NUMBER);
        }
    }

    @Test
    void noReceiptForAnUnknownNumber() {
        issue(DocumentKind.DID_ATTESTATION);
        CliRun.Result r = cli.run("documents", "receipt", "--number", "BO01-2026-000042", "--transport",
                "capture:" + home.resolve("x.bin"), "--db", dbUrl());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("no issued document BO01-2026-000042");
        assertThat(home.resolve("x.bin")).doesNotExist();
    }

}

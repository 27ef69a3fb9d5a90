package org.sportello.model.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.archive.AttachedPage;
import org.sportello.model.archive.ReadFrom;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.DocumentSamples;
import org.sportello.model.documents.IssuedDocument;
import org.sportello.model.documents.ScanSimulator;
import org.sportello.model.documents.ScanSimulator.Defects;
import org.sportello.model.protocol.ProtocolNumber;
import org.sportello.model.seal.Outcome;
import org.sportello.server.testing.TestOffice;

/**
 * A folder of scans as an office scanner leaves it: pages at 200 and 300 dpi, askew, noisy, upside
 * down, as PNG, JPEG and image PDF, plus a blank page, a damaged file and a note. Every readable page
 * must land on its own entry, and everything else must be listed.
 */
class ScanIntakeTest {
    static final LocalDate TODAY = TestOffice.TUESDAY_MORNING.toLocalDate();

    @TempDir
    Path dir;
    TestOffice office;
    OperatorSession maria;
    ScanSimulator scanner = new ScanSimulator();

    @BeforeEach
    void setUp() {
        office = TestOffice.embedded(dir.resolve("db"));
        maria = office.login("mrossi");
    }

    @AfterEach
    void tearDown() {
        office.close();
    }

    private IssuedDocument issue(DocumentKind kind) {
        DocumentSamples samples = new DocumentSamples(TODAY, TestOffice.ROME);
        return office.connection().documents().issue(maria, samples.facts(kind, samples.samplePersonCode()),
                Locale.ITALIAN);
    }

    @Test
    void everyReadablePageLandsOnItsEntryAndTheRestIsListed() throws IOException {
        IssuedDocument a = issue(DocumentKind.EMPLOYMENT_STATUS_CERTIFICATE);
        IssuedDocument b = issue(DocumentKind.STAMPED_RECEIPT);
        IssuedDocument c = issue(DocumentKind.DOCUMENTS_RECEIPT);
        IssuedDocument d = issue(DocumentKind.APPOINTMENT_LETTER);
        IssuedDocument e = issue(DocumentKind.DID_ATTESTATION);
        IssuedDocument annulled = issue(DocumentKind.REGISTRATION_CERTIFICATE);
        office.connection().protocol().annul(office.login("gverdi"), annulled.entry().number(),
                "Emesso per errore, sostituito");

        Path folder = Files.createDirectories(dir.resolve("scans"));
        BufferedImage aScan = scanner.scan(a.pdf(), 0, new Defects(300, 2.5, false, 18, 40, 1));
        write(folder.resolve("001-a.png"), ScanSimulator.png(aScan));
        ImageIO.write(aScan, "png", screenshots().resolve("intake-scan-300dpi-skewed.png").toFile());
        write(folder.resolve("002-b.jpg"), ScanSimulator.jpeg(scanner.scan(b.pdf(), 0,
                new Defects(200, -3.0, false, 22, 60, 2))));
        BufferedImage cFlipped = scanner.scan(c.pdf(), 0, new Defects(200, 1.5, true, 15, 30, 3));
        write(folder.resolve("003-c-upside-down.png"), ScanSimulator.png(cFlipped));
        ImageIO.write(cFlipped, "png", screenshots().resolve("intake-scan-200dpi-upside-down.png").toFile());
        // One PDF from the feeder with three pages: d, a blank sheet, e upside down.
        BufferedImage blank = scanner.scan(blankPdf(), 0, new Defects(200, 0, false, 12, 30, 4));
        write(folder.resolve("004-batch.pdf"), ScanSimulator.imagePdf(List.of(
                scanner.scan(d.pdf(), 0, new Defects(200, -1.0, false, 12, 20, 5)), blank,
                scanner.scan(e.pdf(), 0, new Defects(200, 2.0, true, 12, 20, 6)))));
        write(folder.resolve("005-annulled.png"), ScanSimulator.png(scanner.scan(annulled.pdf(), 0,
                Defects.clean(200))));
        // The QR torn off: only the printed number (Code 128) is left to read.
        BufferedImage noQr = scanner.scan(b.pdf(), 0, Defects.clean(200));
        Graphics2D g = noQr.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, noQr.getHeight() - 500, noQr.getWidth(), 500);
        g.dispose();
        write(folder.resolve("006-no-qr.png"), ScanSimulator.png(noQr));
        write(folder.resolve("007-damaged.pdf"), "%PDF-1.7 this is not really a pdf".getBytes());
        write(folder.resolve("notes.txt"), "scanned by Anna".getBytes());

        IntakeReport report = new ScanIntake(office.connection().archive(), office.connection().scans())
                .intake(maria, folder);

        Map<String, PageResult> byPage = report.pages().stream()
                .collect(Collectors.toMap(p -> p.file() + "#" + p.page(), p -> p));
        assertThat(byPage).hasSize(9);
        assertFiled(byPage.get("001-a.png#1"), a, ReadFrom.QR_CODE, Outcome.GENUINE);
        assertFiled(byPage.get("002-b.jpg#1"), b, ReadFrom.QR_CODE, Outcome.GENUINE);
        assertFiled(byPage.get("003-c-upside-down.png#1"), c, ReadFrom.QR_CODE, Outcome.GENUINE);
        assertFiled(byPage.get("004-batch.pdf#1"), d, ReadFrom.QR_CODE, Outcome.GENUINE);
        assertFiled(byPage.get("004-batch.pdf#3"), e, ReadFrom.QR_CODE, Outcome.GENUINE);
        assertFiled(byPage.get("005-annulled.png#1"), annulled, ReadFrom.QR_CODE, Outcome.ANNULLED);
        assertFiled(byPage.get("006-no-qr.png#1"), b, ReadFrom.CODE_128, Outcome.REGISTERED_NUMBER);
        assertThat(byPage.get("004-batch.pdf#2").status()).isEqualTo(PageResult.Status.UNREADABLE);
        assertThat(byPage.get("007-damaged.pdf#1").status()).isEqualTo(PageResult.Status.FILE_ERROR);
        assertThat(report.skippedFiles()).containsExactly("notes.txt");
        assertThat(report.problems()).extracting(p -> p.file() + "#" + p.page())
                .containsExactly("004-batch.pdf#2", "007-damaged.pdf#1");
        assertThat(report.allFiled()).isFalse();

        List<AttachedPage> dPages = office.connection().archive().pages(d.entry().number());
        assertThat(dPages).singleElement().satisfies(p -> {
            assertThat(p.sourceName()).isEqualTo("004-batch.pdf");
            assertThat(p.pageNumber()).isEqualTo(1);
        });
        assertThat(office.connection().archive().pages(e.entry().number())).extracting(AttachedPage::fileSha256)
                .as("the batch PDF is stored once for both entries").containsExactly(dPages.getFirst().fileSha256());
        assertThat(office.connection().archive().pages(b.entry().number())).hasSize(2);

        // The same folder again: nothing filed twice, the same pages listed.
        IntakeReport again = new ScanIntake(office.connection().archive(), office.connection().scans())
                .intake(maria, folder);
        assertThat(again.count(PageResult.Status.ATTACHED)).isZero();
        assertThat(again.count(PageResult.Status.ALREADY_ATTACHED)).isEqualTo(7);
        assertThat(office.connection().archive().pages(a.entry().number())).hasSize(1);
    }

    @Test
    void anotherOfficesPaperIsReadButNotFiled() throws IOException {
        try (TestOffice milano = TestOffice.embedded(dir.resolve("mi"), "MI01")) {
            DocumentSamples samples = new DocumentSamples(TODAY, TestOffice.ROME);
            IssuedDocument theirs = milano.connection().documents().issue(milano.login("mrossi"),
                    samples.facts(DocumentKind.DID_ATTESTATION, samples.samplePersonCode()), Locale.ITALIAN);
            Path folder = Files.createDirectories(dir.resolve("scans"));
            write(folder.resolve("milano.png"), ScanSimulator.png(scanner.scan(theirs.pdf(), 0, Defects.clean(200))));

            IntakeReport report = new ScanIntake(office.connection().archive(), office.connection().scans())
                    .intake(maria, folder);

            assertThat(report.pages()).singleElement().satisfies(p -> {
                assertThat(p.status()).isEqualTo(PageResult.Status.NOT_FILED);
                assertThat(p.verdict()).get().extracting(v -> v.outcome()).isEqualTo(Outcome.OTHER_OFFICE_UNVERIFIABLE);
                assertThat(p.number()).contains(new ProtocolNumber("MI01", 2026, 1));
            });
        }
    }

    private static void assertFiled(PageResult page, IssuedDocument doc, ReadFrom how, Outcome outcome) {
        assertThat(page).as("page result").isNotNull();
        assertThat(page.status()).as(page.file() + " p." + page.page()).isEqualTo(PageResult.Status.ATTACHED);
        assertThat(page.number()).as(page.file()).contains(doc.entry().number());
        assertThat(page.readFrom()).as(page.file()).contains(how);
        assertThat(page.verdict()).get().extracting(v -> v.outcome()).isEqualTo(outcome);
    }

    private static byte[] blankPdf() {
        BufferedImage white = new BufferedImage(1654, 2339, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = white.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, white.getWidth(), white.getHeight());
        g.dispose();
        return ScanSimulator.imagePdf(List.of(white));
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
    }

    private static Path screenshots() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("screenshots.dir", "target/screenshots")));
    }
}

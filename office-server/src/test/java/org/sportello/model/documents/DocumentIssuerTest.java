package org.sportello.model.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sportello.model.auth.OperatorSession;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.codicefiscale.InvalidCodiceFiscaleException;
import org.sportello.model.protocol.ProtocolStatus;
import org.sportello.model.seal.Outcome;
import org.sportello.model.seal.SealVerifier;
import org.sportello.server.testing.TestOffice;

/** Issuing real documents on a real office database, and reading them back as a scanner would. */
class DocumentIssuerTest {
    static final LocalDate TODAY = TestOffice.TUESDAY_MORNING.toLocalDate();

    @TempDir
    Path dir;
    TestOffice office;
    DocumentIssuer issuer;
    DocumentSamples samples;
    OperatorSession maria;

    @BeforeEach
    void setUp() {
        office = TestOffice.embedded(dir);
        issuer = office.connection().documents();
        samples = new DocumentSamples(TODAY, TestOffice.ROME);
        maria = office.login("mrossi");
    }

    @AfterEach
    void tearDown() {
        office.close();
    }

    private IssuedDocument issue(DocumentKind kind, Locale locale) {
        return issuer.issue(maria, samples.facts(kind, samples.samplePersonCode()), locale);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            // One space for every run of blanks and line breaks: wrapping is the layout's business.
            return stripper.getText(doc).replaceAll("\\s+", " ");
        }
    }

    static BufferedImage page(byte[] pdf, int dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, dpi);
        }
    }

    static void screenshot(BufferedImage image, String name) throws IOException {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void everyKindIsRegisteredSealedAndScansBackAsGenuine(DocumentKind kind) throws IOException {
        IssuedDocument doc = issue(kind, Locale.ITALIAN);
        assertThat(doc.entry().kind()).isEqualTo(kind.protocolKind());
        assertThat(doc.entry().documentHash()).isEqualTo(doc.sheet().hash()).isEqualTo(doc.seal().hash());
        assertThat(doc.entry().operatorId()).isEqualTo(maria.operatorId());

        String text = text(doc.pdf());
        assertThat(text).contains(doc.sheet().title(), doc.entry().number().format(),
                "Centro per l'Impiego di Bologna", doc.seal().hash().hex().substring(0, 16));

        BufferedImage image = page(doc.pdf(), 200);
        screenshot(image, "document-" + kind.slug() + "-it");
        List<ScannedCode> codes = new CodeReader().read(image);
        assertThat(codes).contains(new ScannedCode(ScannedCode.Symbology.QR_CODE, doc.seal().encode()),
                new ScannedCode(ScannedCode.Symbology.CODE_128, doc.entry().number().format()));
        String qr = codes.stream().filter(c -> c.symbology() == ScannedCode.Symbology.QR_CODE).findFirst()
                .orElseThrow().text();
        assertThat(office.connection().seals().verify(qr).outcome()).isEqualTo(Outcome.GENUINE);
    }

    @Test
    void writesItalianAndEnglishWithEmbeddedFonts() throws IOException {
        IssuedDocument it = issue(DocumentKind.EMPLOYMENT_STATUS_CERTIFICATE, Locale.ITALIAN);
        IssuedDocument en = issue(DocumentKind.EMPLOYMENT_STATUS_CERTIFICATE, Locale.ENGLISH);
        String itText = text(it.pdf());
        String enText = text(en.pdf());
        assertThat(itText).contains("Certificato di stato occupazionale", "DISOCCUPAZIONE", "Codice fiscale",
                "RSSMRA85T10H501", "ROSSI Mario", "Bologna, 24 novembre 2026", "Maria Rossi");
        assertThat(enText).contains("Employment status certificate", "UNEMPLOYED", "Bologna, November 24, 2026");
        assertThat(enText).doesNotContain("DISOCCUPAZIONE");
        screenshot(page(en.pdf(), 110), "document-employment-status-certificate-en");

        try (PDDocument doc = Loader.loadPDF(it.pdf())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @Test
    void aStatusHistoryListsTheMovementsAndTheStampedCopyItsStamp() throws IOException {
        String history = text(issue(DocumentKind.STATUS_HISTORY, Locale.ITALIAN).pdf());
        assertThat(history).contains("Assunzione", "Proroga", "Trasformazione", "Cessazione",
                "Officine Felsinee S.r.l.", "Capo magazzino");
        IssuedDocument stamped = issue(DocumentKind.STAMPED_RECEIPT, Locale.ITALIAN);
        assertThat(stamped.entry().subjectCode()).isEqualTo("01234567897");
        assertThat(text(stamped.pdf())).contains("PERVENUTO IL", "24/11/2026 ore 09:42",
                "Prot. " + stamped.entry().number().format());
    }

    @Test
    void anAnnulledDocumentScansAsAnnulled() throws IOException {
        IssuedDocument doc = issue(DocumentKind.DID_ATTESTATION, Locale.ITALIAN);
        office.connection().protocol().annul(office.login("gverdi"), doc.entry().number(),
                "Data della DID errata, riemesso");
        SealVerifier seals = office.connection().seals();
        var verdict = seals.verify(doc.seal().encode());
        assertThat(verdict.outcome()).isEqualTo(Outcome.ANNULLED);
        assertThat(verdict.entry()).get().extracting(e -> e.status()).isEqualTo(ProtocolStatus.ANNULLED);
        assertThat(verdict.explain(Locale.ITALIAN, TestOffice.ROME)).contains("ANNULLATO",
                doc.entry().number().format(), "Data della DID errata, riemesso");
        assertThat(verdict.explain(Locale.ENGLISH, TestOffice.ROME)).startsWith("ANNULLED");
    }

    @Test
    void theSameFactsIssuedTwiceGetTwoNumbersAndTwoHashes() {
        IssuedDocument a = issue(DocumentKind.REGISTRATION_CERTIFICATE, Locale.ITALIAN);
        IssuedDocument b = issue(DocumentKind.REGISTRATION_CERTIFICATE, Locale.ITALIAN);
        assertThat(b.entry().number().sequence()).isEqualTo(a.entry().number().sequence() + 1);
        assertThat(b.sheet().hash()).isNotEqualTo(a.sheet().hash());
    }

    @Test
    void anInvalidCodiceFiscaleNeverReachesADocument() {
        // The only way to a person's document is through a CodiceFiscale, which refuses bad input.
        assertThatThrownBy(() -> samples.facts(DocumentKind.DID_ATTESTATION,
                CodiceFiscale.of("RSSMRA85T10H501X", TODAY)))
                .isInstanceOf(InvalidCodiceFiscaleException.class);
        assertThatThrownBy(() -> org.sportello.model.protocol.Subject.parse(
                org.sportello.model.protocol.SubjectKind.PERSON, "RSSMRA85T10H50", TODAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16 characters");
        assertThatThrownBy(() -> org.sportello.model.protocol.Subject.parse(
                org.sportello.model.protocol.SubjectKind.COMPANY, "01234567890", TODAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("check digit");
        assertThat(office.connection().protocol().year(2026)).isEmpty();
    }

    @Test
    void aBlankOrForeignScanIsReportedNotGuessed() throws IOException {
        BufferedImage blank = new BufferedImage(800, 1100, BufferedImage.TYPE_INT_RGB);
        blank.getGraphics().fillRect(0, 0, 800, 1100);
        assertThat(new CodeReader().read(blank)).isEmpty();
        Path notAnImage = dir.resolve("note.txt");
        Files.writeString(notAnImage, "hello");
        assertThatThrownBy(() -> new CodeReader().read(notAnImage)).isInstanceOf(IOException.class)
                .hasMessageContaining("not an image");
    }

    @Test
    void anUpsideDownScanStillReads() throws IOException {
        IssuedDocument doc = issue(DocumentKind.DOCUMENTS_RECEIPT, Locale.ENGLISH);
        BufferedImage image = page(doc.pdf(), 200);
        BufferedImage turned = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = turned.createGraphics();
        g.rotate(Math.PI, image.getWidth() / 2.0, image.getHeight() / 2.0);
        g.drawImage(image, 0, 0, null);
        g.dispose();
        Path file = dir.resolve("upside-down.png");
        ImageIO.write(turned, "png", file.toFile());
        assertThat(new CodeReader().read(file)).extracting(ScannedCode::text)
                .contains(doc.seal().encode(), doc.entry().number().format());
    }
}

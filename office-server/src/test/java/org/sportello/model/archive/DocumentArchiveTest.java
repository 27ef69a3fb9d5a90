package org.sportello.model.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.documents.CodeReader;
import org.sportello.model.documents.DocumentIssuer;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.DocumentSamples;
import org.sportello.model.documents.Duplicate;
import org.sportello.model.documents.IssuedDocument;
import org.sportello.model.documents.ScannedCode;
import org.sportello.model.events.EventType;
import org.sportello.model.events.OfficeEvent;
import org.sportello.model.protocol.DocumentDigest;
import org.sportello.model.protocol.DocumentHash;
import org.sportello.model.protocol.ProtocolKind;
import org.sportello.model.protocol.ProtocolNumber;
import org.sportello.model.protocol.ProtocolRequest;
import org.sportello.model.protocol.Subject;
import org.sportello.model.protocol.SubjectKind;
import org.sportello.model.seal.Outcome;
import org.sportello.server.testing.TestOffice;

/** The archive on a real office database: issued PDFs kept, duplicates marked and recorded, damage detected. */
class DocumentArchiveTest {
    static final LocalDate TODAY = TestOffice.TUESDAY_MORNING.toLocalDate();

    @TempDir
    Path dir;
    TestOffice office;
    DocumentIssuer issuer;
    DocumentArchive archive;
    DocumentSamples samples;
    OperatorSession maria;

    @BeforeEach
    void setUp() {
        office = TestOffice.embedded(dir);
        issuer = office.connection().documents();
        archive = office.connection().archive();
        samples = new DocumentSamples(TODAY, TestOffice.ROME);
        maria = office.login("mrossi");
    }

    @AfterEach
    void tearDown() {
        office.close();
    }

    private IssuedDocument issue(DocumentKind kind) {
        return issuer.issue(maria, samples.facts(kind, samples.samplePersonCode()), Locale.ITALIAN);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        }
    }

    static BufferedImage page(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, 200);
        }
    }

    @Test
    void everyIssuedPdfIsArchivedByNumberWithItsHash() {
        IssuedDocument doc = issue(DocumentKind.EMPLOYMENT_STATUS_CERTIFICATE);

        ArchivedDocument archived = archive.find(doc.entry().number()).orElseThrow();
        assertThat(archived.pdf()).isEqualTo(doc.pdf());
        assertThat(archived.pdfSha256()).isEqualTo(DocumentHash.sha256(doc.pdf()));
        assertThat(archived.entry()).isEqualTo(doc.entry());
        assertThat(archive.find(new ProtocolNumber("BO01", 2026, 999))).isEmpty();
        assertThat(archive.find(new ProtocolNumber("MI02", 2026, doc.entry().number().sequence()))).isEmpty();
    }

    @Test
    void aReprintIsTheSamePaperMarkedDuplicateAndIsRecorded() throws IOException {
        IssuedDocument doc = issue(DocumentKind.DID_ATTESTATION);
        office.clock().advance(Duration.ofDays(3));
        OperatorSession luca = office.login("lbianchi");

        Duplicate dup = issuer.reprint(luca, doc.entry().number());

        String original = text(doc.pdf());
        String copy = text(dup.pdf());
        assertThat(original).doesNotContain("DUPLICATO");
        assertThat(copy).contains("DUPLICATO / DUPLICATE", "27/11/2026 ore 10:00", "Luca Bianchi");
        // Every word of the original is still on the copy.
        for (String word : original.split(" ")) {
            assertThat(copy).contains(word);
        }
        BufferedImage image = page(dup.pdf());
        DocumentIssuerScreens.save(image, "document-duplicate-it");
        List<ScannedCode> codes = new CodeReader().read(image);
        assertThat(codes).contains(new ScannedCode(ScannedCode.Symbology.QR_CODE, doc.seal().encode()),
                new ScannedCode(ScannedCode.Symbology.CODE_128, doc.entry().number().format()));
        assertThat(office.connection().scans().check(doc.seal().encode()).outcome()).isEqualTo(Outcome.GENUINE);
        assertThat(pixelsDiffer(page(doc.pdf()), image)).as("the mark shows on the page").isGreaterThan(5_000);

        List<Reprint> reprints = archive.reprints(doc.entry().number());
        assertThat(reprints).hasSize(1);
        assertThat(reprints.getFirst().operatorId()).isEqualTo(luca.operatorId());
        assertThat(reprints.getFirst().copySha256()).isEqualTo(DocumentHash.sha256(dup.pdf()));
        assertThat(reprints.getFirst().printedAt()).isEqualTo(office.clock().instant());
        assertThat(office.connection().events().after(0, 100)).extracting(OfficeEvent::type)
                .contains(EventType.DOCUMENT_REPRINTED);
        // The archive itself is untouched: a second reprint starts from the same original.
        assertThat(archive.find(doc.entry().number()).orElseThrow().pdf()).isEqualTo(doc.pdf());
        issuer.reprint(maria, doc.entry().number());
        assertThat(archive.reprints(doc.entry().number())).hasSize(2);
    }

    @Test
    void anAnnulledOrUnarchivedEntryIsNotReprinted() {
        IssuedDocument doc = issue(DocumentKind.REGISTRATION_CERTIFICATE);
        office.connection().protocol().annul(office.login("gverdi"), doc.entry().number(),
                "Rilasciato alla persona sbagliata");
        assertThatThrownBy(() -> issuer.reprint(maria, doc.entry().number()))
                .isInstanceOfSatisfying(SportelloException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.ALREADY_ANNULLED));

        // An incoming communication is registered with the hash of what came in, and has no PDF of ours.
        var incoming = office.connection().protocol().register(maria, new ProtocolRequest(
                ProtocolKind.INCOMING_COMPANY_COMMUNICATION, Subject.parse(SubjectKind.COMPANY, "01234567897", TODAY),
                "Officine Felsinee", "Comunicazione di assunzione"),
                DocumentDigest.of(DocumentHash.sha256("UniLav")));
        assertThatThrownBy(() -> issuer.reprint(maria, incoming.number()))
                .isInstanceOfSatisfying(SportelloException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.NOT_ARCHIVED);
                    assertThat(e.localizedMessage(Locale.ITALIAN)).contains(incoming.number().format());
                });
        assertThat(archive.reprints(doc.entry().number())).isEmpty();
    }

    @Test
    void aDamagedArchiveCopyIsRefusedNotPrinted() throws Exception {
        IssuedDocument doc = issue(DocumentKind.APPOINTMENT_LETTER);
        byte[] tampered = doc.pdf();
        tampered[tampered.length / 2] ^= 0x20;
        try (Connection c = office.connection().database().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE archive_file SET content = ?")) {
            s.setBytes(1, tampered);
            s.executeUpdate();
        }
        assertThatThrownBy(() -> issuer.reprint(maria, doc.entry().number()))
                .isInstanceOfSatisfying(SportelloException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.ARCHIVE_DAMAGED));
        assertThat(archive.reprints(doc.entry().number())).isEmpty();
    }

    @Test
    void aFailedRenderLeavesNoNumberBehind() {
        ProtocolRequest request = new ProtocolRequest(ProtocolKind.CERTIFICATE_ISSUED,
                Subject.parse(SubjectKind.PERSON, samples.samplePersonCode().code(), TODAY), "ROSSI Mario", "Prova");
        assertThatThrownBy(() -> archive.register(maria, request, DocumentDigest.of(DocumentHash.sha256("x")),
                entry -> {
                    throw new IllegalStateException("printer font missing");
                })).hasMessageContaining("printer font missing");
        assertThat(office.connection().protocol().year(2026)).isEmpty();
        IssuedDocument next = issue(DocumentKind.EMPLOYMENT_STATUS_CERTIFICATE);
        assertThat(next.entry().number().sequence()).as("no gap").isEqualTo(1);
    }

    @Test
    void theSameScanAttachedTwiceIsStoredOnceAndFiledOnce() {
        IssuedDocument a = issue(DocumentKind.DOCUMENTS_RECEIPT);
        IssuedDocument b = issue(DocumentKind.DOCUMENTS_RECEIPT);
        ScannedFile scan = ScannedFile.of("scan-0001.pdf", a.pdf());
        assertThat(archive.attach(maria, a.entry().number(), scan, 1, ReadFrom.QR_CODE)).isPresent();
        assertThat(archive.attach(maria, a.entry().number(), scan, 1, ReadFrom.QR_CODE)).isEmpty();
        assertThat(archive.attach(maria, b.entry().number(), scan, 2, ReadFrom.CODE_128)).isPresent();

        assertThat(archive.pages(a.entry().number())).singleElement().satisfies(p -> {
            assertThat(p.sourceName()).isEqualTo("scan-0001.pdf");
            assertThat(p.pageNumber()).isEqualTo(1);
            assertThat(p.readFrom()).isEqualTo(ReadFrom.QR_CODE);
        });
        assertThat(archive.pages(b.entry().number())).extracting(AttachedPage::readFrom)
                .containsExactly(ReadFrom.CODE_128);
        assertThat(archive.content(scan.sha256())).get().isEqualTo(a.pdf());
        assertThatThrownBy(() -> archive.attach(maria, new ProtocolNumber("BO01", 2026, 77), scan, 1,
                ReadFrom.QR_CODE)).isInstanceOfSatisfying(SportelloException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_PROTOCOL_ENTRY));
    }

    private static int pixelsDiffer(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < Math.min(a.getWidth(), b.getWidth()); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Pictures to look at, beside the other documents' screenshots. */
    static final class DocumentIssuerScreens {
        static void save(BufferedImage image, String name) throws IOException {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
        }
    }
}

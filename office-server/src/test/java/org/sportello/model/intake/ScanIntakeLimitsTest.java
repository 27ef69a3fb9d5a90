package org.sportello.model.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.DocumentSamples;
import org.sportello.model.documents.IssuedDocument;
import org.sportello.model.documents.ScanSimulator;
import org.sportello.model.documents.ScanSimulator.Defects;
import org.sportello.model.intake.RefusedFile.Reason;
import org.sportello.server.testing.TestOffice;

/**
 * The intake folder is writable by anyone on the office network: a file over a limit, or a link that
 * leads out of the folder, is refused unopened with its own line, and the good scans beside it are
 * still filed.
 */
class ScanIntakeLimitsTest {
    @TempDir
    Path dir;
    TestOffice office;
    OperatorSession maria;

    @BeforeEach
    void setUp() {
        office = TestOffice.embedded(dir.resolve("db"));
        maria = office.login("mrossi");
    }

    @AfterEach
    void tearDown() {
        office.close();
    }

    @Test
    void filesOverALimitAndLinksOutOfTheFolderAreRefusedAndTheRestIsFiled() throws IOException {
        DocumentSamples samples = new DocumentSamples(ScanIntakeTest.TODAY, TestOffice.ROME);
        IssuedDocument doc = office.connection().documents().issue(maria,
                samples.facts(DocumentKind.DID_ATTESTATION, samples.samplePersonCode()), Locale.ITALIAN);
        Path folder = Files.createDirectories(dir.resolve("scans"));
        Files.write(folder.resolve("001-good.png"), ScanSimulator.png(new ScanSimulator().scan(doc.pdf(), 0,
                Defects.clean(200))));
        // Sparse: 21 MB on paper, nothing on disk, and never read.
        try (RandomAccessFile big = new RandomAccessFile(folder.resolve("002-big.pdf").toFile(), "rw")) {
            big.setLength(21L * 1024 * 1024);
        }
        Files.write(folder.resolve("003-bomb.png"), pngClaiming(100_000, 100_000));
        Files.write(folder.resolve("004-sixty-pages.pdf"), pdfOfBlankPages(60, PDRectangle.A4));
        Files.write(folder.resolve("005-huge-page.pdf"), pdfOfBlankPages(1, new PDRectangle(14_400, 14_400)));
        Files.write(folder.resolve("006-picture-bomb.pdf"), pdfWithPictureClaiming(100_000, 100_000));
        Files.createSymbolicLink(folder.resolve("007-passwd.png"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(folder.resolve("passwd"), Path.of("/etc/passwd"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.copy(folder.resolve("001-good.png"), elsewhere.resolve("outside.png"));
        Files.createSymbolicLink(folder.resolve("008-folder"), elsewhere);
        Files.createSymbolicLink(folder.resolve("009-outside.png"), elsewhere.resolve("outside.png"));
        Files.createSymbolicLink(folder.resolve("010-gone.png"), dir.resolve("nothing-here.png"));
        // A link to a scan inside the folder is harmless: it is read like the file it names.
        Files.createSymbolicLink(folder.resolve("011-same.png"), Path.of("001-good.png"));

        IntakeReport report = new ScanIntake(office.connection().archive(), office.connection().scans())
                .intake(maria, folder);

        Map<String, RefusedFile> refused = report.refusedFiles().stream()
                .collect(Collectors.toMap(RefusedFile::file, Function.identity()));
        assertThat(refused).containsOnlyKeys("002-big.pdf", "003-bomb.png", "004-sixty-pages.pdf",
                "005-huge-page.pdf", "006-picture-bomb.pdf", "007-passwd.png", "passwd", "008-folder",
                "009-outside.png", "010-gone.png");
        assertRefused(refused.get("002-big.pdf"), Reason.TOO_LARGE, 21L * 1024 * 1024, IntakeLimits.DEFAULT_MAX_FILE_BYTES,
                "002-big.pdf is 21.0 MB, more than the 20.0 MB", "002-big.pdf pesa 21.0 MB");
        assertRefused(refused.get("003-bomb.png"), Reason.TOO_MANY_PIXELS, 10_000_000_000L,
                IntakeLimits.DEFAULT_MAX_PIXELS, "picture of 10000.0 megapixels, more than the 40.0",
                "immagine di 10000.0 megapixel");
        assertRefused(refused.get("004-sixty-pages.pdf"), Reason.TOO_MANY_PAGES, 60, 50,
                "has 60 pages, more than the 50", "ha 60 pagine, più delle 50");
        assertRefused(refused.get("005-huge-page.pdf"), Reason.PDF_PAGE_TOO_LARGE, 40_000L * 40_000L,
                IntakeLimits.DEFAULT_MAX_PIXELS, "has a page (p.1) that would be 1600.0 megapixels",
                "ha una pagina (p.1) che sarebbe di 1600.0 megapixel");
        assertRefused(refused.get("006-picture-bomb.pdf"), Reason.PDF_PAGE_TOO_LARGE, 10_000_000_000L,
                IntakeLimits.DEFAULT_MAX_PIXELS, "10000.0 megapixels", "10000.0 megapixel");
        assertRefused(refused.get("007-passwd.png"), Reason.LINK_OUT_OF_FOLDER, 0, 0,
                "is a link to /etc/passwd, outside the scan folder", "collegamento a /etc/passwd, fuori dalla cartella");
        assertThat(refused.get("passwd").reason()).isEqualTo(Reason.LINK_OUT_OF_FOLDER);
        assertRefused(refused.get("008-folder"), Reason.LINKED_FOLDER, 0, 0,
                "is a link to the folder " + elsewhere.toRealPath(), "collegamento alla cartella");
        assertThat(refused.get("009-outside.png").reason()).isEqualTo(Reason.LINK_OUT_OF_FOLDER);
        assertRefused(refused.get("010-gone.png"), Reason.BROKEN_LINK, 0, 0, "a link that leads nowhere",
                "un collegamento che non porta a nulla");

        assertThat(report.pages()).extracting(PageResult::file).containsExactly("001-good.png", "011-same.png");
        assertThat(report.pages()).allSatisfy(p -> {
            assertThat(p.filed()).as(p.file()).isTrue();
            assertThat(p.number()).contains(doc.entry().number());
        });
        assertThat(report.count(PageResult.Status.ATTACHED)).isEqualTo(1);
        assertThat(office.connection().archive().pages(doc.entry().number())).hasSize(1);
        assertThat(report.allFiled()).as("refused files are for a person to look at").isFalse();
        assertThat(report.skippedFiles()).isEmpty();
    }

    @Test
    void limitsAreTheCallersToSet() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scans"));
        Files.write(folder.resolve("three.pdf"), pdfOfBlankPages(3, PDRectangle.A4));
        Files.write(folder.resolve("small.png"), ScanSimulator.png(new BufferedImage(1200, 1000,
                BufferedImage.TYPE_BYTE_GRAY)));

        IntakeReport strict = new ScanIntake(office.connection().archive(), office.connection().scans(),
                new IntakeLimits(IntakeLimits.DEFAULT_MAX_FILE_BYTES, 1_000_000, 2)).intake(maria, folder);
        assertThat(strict.refusedFiles()).extracting(RefusedFile::file, RefusedFile::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("small.png", Reason.TOO_MANY_PIXELS),
                org.assertj.core.groups.Tuple.tuple("three.pdf", Reason.TOO_MANY_PAGES));
        assertThat(strict.pages()).isEmpty();

        IntakeReport tinyFiles = new ScanIntake(office.connection().archive(), office.connection().scans(),
                new IntakeLimits(1000, IntakeLimits.DEFAULT_MAX_PIXELS, 50)).intake(maria, folder);
        assertThat(tinyFiles.refusedFiles()).extracting(RefusedFile::reason).containsOnly(Reason.TOO_LARGE);

        IntakeReport usual = new ScanIntake(office.connection().archive(), office.connection().scans())
                .intake(maria, folder);
        assertThat(usual.refusedFiles()).isEmpty();
        assertThat(usual.pages()).hasSize(4).allSatisfy(p ->
                assertThat(p.status()).isEqualTo(PageResult.Status.UNREADABLE));
    }

    private static void assertRefused(RefusedFile r, Reason reason, long found, long limit, String english,
                                      String italian) {
        assertThat(r.reason()).as(r.file()).isEqualTo(reason);
        assertThat(r.found()).as(r.file()).isEqualTo(found);
        assertThat(r.limit()).as(r.file()).isEqualTo(limit);
        assertThat(r.explain(Locale.ENGLISH)).startsWith("REFUSED, NOT OPENED: " + r.file()).contains(english);
        assertThat(r.explain(Locale.ITALIAN)).startsWith("RIFIUTATO, NON APERTO: " + r.file()).contains(italian);
    }

    /** A PNG whose header claims the size and whose pixels are a few bytes: decoding it would need 10 GB. */
    static byte[] pngClaiming(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 0, 0, 0, 0}); // 8-bit grey, deflate, no filter method, no interlace
        chunk(out, "IHDR", header.toByteArray());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x63, 0, 0, 0, 1, 0, 1});
        chunk(out, "IEND", new byte[0]);
        return bytes.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    private static byte[] pdfOfBlankPages(int pages, PDRectangle size) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                pdf.addPage(new PDPage(size));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** An A4 page drawing a 10×10 picture whose dictionary says it is far larger. */
    private static byte[] pdfWithPictureClaiming(int width, int height) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDImageXObject picture = LosslessFactory.createFromImage(pdf,
                    new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY));
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(picture, 50, 50, 10, 10);
            }
            picture.getCOSObject().setInt(COSName.WIDTH, width);
            picture.getCOSObject().setInt(COSName.HEIGHT, height);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }
}

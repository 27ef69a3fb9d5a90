package org.sportello.operator.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import javax.print.PrintService;
import javax.print.StreamPrintService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.devices.config.DevicesConfig;
import org.sportello.model.documents.CodeReader;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.ScannedCode;
import org.sportello.model.documents.DocumentSamples;
import org.sportello.server.testing.TestOffice;

/**
 * Printing for real without a printer: the JDK's PostScript stream service stands in for the
 * workstation's printer, and the job goes through exactly the code a desk uses.
 */
class A4PrinterTest {
    @TempDir
    Path dir;

    /** "The system" with one printer: a PostScript stream into {@code out}. */
    static A4Printer.PrintServices oneStreamPrinter(OutputStream out) {
        StreamPrintService stream = PrinterJob.lookupStreamPrintServices(A4Printer.POSTSCRIPT)[0].getPrintService(out);
        return new A4Printer.PrintServices() {
            @Override
            public PrintService[] all() {
                return new PrintService[] {stream};
            }

            @Override
            public PrintService systemDefault() {
                return stream;
            }
        };
    }

    static final A4Printer.PrintServices NO_PRINTERS = new A4Printer.PrintServices() {
        @Override
        public PrintService[] all() {
            return new PrintService[0];
        }

        @Override
        public PrintService systemDefault() {
            return null;
        }
    };

    static DocumentSamples.Specimen certificate() {
        DocumentSamples samples = new DocumentSamples(LocalDate.of(2026, 11, 24), TestOffice.ROME);
        return samples.specimen(DocumentKind.EMPLOYMENT_STATUS_CERTIFICATE, Locale.ITALIAN,
                samples.samplePersonCode(), Instant.parse("2026-11-24T09:00:00Z"));
    }

    static byte[] pages(int count) throws IOException {
        try (PDDocument doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            for (int i = 1; i <= count; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 24);
                    s.newLineAtOffset(72, 700);
                    s.showText("Pagina " + i);
                    s.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static int postScriptPages(String ps) {
        return (int) Pattern.compile("^%%Page: ", Pattern.MULTILINE).matcher(ps).results().count();
    }

    @Test
    void aCertificateGoesToTheDefaultPrinterAsPostScriptWithItsPages() throws Exception {
        var out = new ByteArrayOutputStream();
        DocumentSamples.Specimen specimen = certificate();
        byte[] pdf = specimen.pdf();
        A4Printer printer = new A4Printer(new A4Printer.Destination.SystemPrinter(null), oneStreamPrinter(out));

        A4Printer.Outcome outcome = printer.print(pdf, "BO01-2026-000001");

        assertThat(outcome.printed()).isTrue();
        String ps = out.toString(StandardCharsets.ISO_8859_1);
        assertThat(ps).startsWith("%!PS-Adobe");
        int pdfPages;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pdfPages = doc.getNumberOfPages();
        }
        assertThat(postScriptPages(ps)).isEqualTo(pdfPages).isEqualTo(1);
        // The JDK's PostScript job draws the page as an image, so there is no text to grep: when
        // Ghostscript is at hand, print the page back to pixels and read the seal off the paper.
        Path gs = Path.of("/usr/bin/gs");
        if (Files.isExecutable(gs)) {
            Path psFile = Files.write(dir.resolve("printed.ps"), out.toByteArray());
            Path png = dir.resolve("printed.png");
            Process p = new ProcessBuilder(gs.toString(), "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pnggray",
                    "-r200", "-sOutputFile=" + png, psFile.toString()).redirectErrorStream(true).start();
            assertThat(p.waitFor()).as(new String(p.getInputStream().readAllBytes())).isZero();
            BufferedImage paper = ImageIO.read(png.toFile());
            assertThat(paper.getWidth() / (double) paper.getHeight()).as("A4 portrait").isCloseTo(210 / 297.0,
                    org.assertj.core.data.Offset.offset(0.01));
            assertThat(new CodeReader().read(paper)).extracting(ScannedCode::text)
                    .contains(specimen.seal().encode(), "SAMPLE-2026-000001");
        }
    }

    @Test
    void everyPageOfALongerDocumentIsPrintedByName() throws Exception {
        var out = new ByteArrayOutputStream();
        A4Printer.PrintServices system = oneStreamPrinter(out);
        String name = system.all()[0].getName();
        A4Printer printer = new A4Printer(new A4Printer.Destination.SystemPrinter(name.toUpperCase(Locale.ROOT)), system);

        A4Printer.Outcome outcome = printer.print(pages(3), "tre pagine");

        assertThat(outcome.printed()).isTrue();
        assertThat(outcome.printer()).isEqualTo(name);
        assertThat(postScriptPages(out.toString(StandardCharsets.ISO_8859_1))).isEqualTo(3);
    }

    @Test
    void theSimulatedPrinterWritesOnePostScriptFilePerJob() throws Exception {
        A4Printer printer = A4Printer.of(DevicesConfig.parse("a4printer.driver=sim\na4printer.folder=" + dir + "\n",
                "t").a4Printer(), Path.of("unused"));

        A4Printer.Outcome outcome = printer.print(pages(2), "BO01-2026-000007 DUPLICATO");

        assertThat(outcome.printed()).isTrue();
        Path file = dir.resolve("BO01-2026-000007_DUPLICATO.ps");
        assertThat(outcome.printer()).isEqualTo(file.toString());
        assertThat(postScriptPages(Files.readString(file, StandardCharsets.ISO_8859_1))).isEqualTo(2);
    }

    @Test
    void noPrinterAtAllIsSaidAsSuch() throws Exception {
        A4Printer printer = new A4Printer(new A4Printer.Destination.SystemPrinter(null), NO_PRINTERS);
        assertThat(printer.print(pages(1), "x").result()).isEqualTo(A4Printer.Result.NO_PRINTER);
    }

    @Test
    void aNamedPrinterThatIsNotThereListsTheOnesThatAre() throws Exception {
        A4Printer.PrintServices system = oneStreamPrinter(new ByteArrayOutputStream());
        A4Printer printer = new A4Printer(new A4Printer.Destination.SystemPrinter("Ufficio-2-Laser"), system);

        A4Printer.Outcome outcome = printer.print(pages(1), "x");

        assertThat(outcome.result()).isEqualTo(A4Printer.Result.PRINTER_NOT_FOUND);
        assertThat(outcome.printer()).isEqualTo("Ufficio-2-Laser");
        assertThat(outcome.detail()).isEqualTo(system.all()[0].getName());
    }

    @Test
    void aPrinterThatFailsMidJobIsARefusalNotACrash() throws Exception {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe (the printer went away)");
            }
        };
        A4Printer printer = new A4Printer(new A4Printer.Destination.SystemPrinter(null), oneStreamPrinter(broken));

        A4Printer.Outcome outcome = printer.print(pages(1), "x");

        assertThat(outcome.result()).isEqualTo(A4Printer.Result.REFUSED);
        assertThat(outcome.detail()).isNotBlank();
    }

    @Test
    void aFolderThatCannotBeWrittenIsARefusal() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        A4Printer printer = new A4Printer(new A4Printer.Destination.PostScriptFolder(notAFolder),
                A4Printer.PrintServices.SYSTEM);
        assertThat(printer.print(pages(1), "x").result()).isEqualTo(A4Printer.Result.REFUSED);
    }
}

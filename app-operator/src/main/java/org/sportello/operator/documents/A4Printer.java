package org.sportello.operator.documents;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.StreamPrintService;
import javax.print.StreamPrintServiceFactory;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.sportello.devices.config.DeviceConfig;

/**
 * The desk's A4 printer for certificates (ADR 20): PDFBox lays the archived PDF's pages out for
 * {@link PrinterJob} on a {@code javax.print} service — the printer the desk's configuration names,
 * else the workstation's default — or, for the demo and desks without a printer, on a PostScript
 * stream into a folder, through the same code. It never throws for a printer's fault: the answer
 * says what happened, and the document stays archived either way.
 */
public final class A4Printer {
    private static final Logger LOG = Logger.getLogger(A4Printer.class.getName());
    static final String POSTSCRIPT = "application/postscript";

    /** Where jobs go. */
    public sealed interface Destination {
        /** A printer the system knows; {@code name} null means its default printer. */
        record SystemPrinter(String name) implements Destination {
        }

        /** One PostScript file per job in {@code folder}. */
        record PostScriptFolder(Path folder) implements Destination {
            public PostScriptFolder {
                Objects.requireNonNull(folder, "folder");
            }
        }
    }

    /** The system's printers: a seam, so tests can offer a PostScript stream as "the printer". */
    public interface PrintServices {
        PrintService[] all();

        /** Null when the system has no default printer. */
        PrintService systemDefault();

        PrintServices SYSTEM = new PrintServices() {
            @Override
            public PrintService[] all() {
                return PrintServiceLookup.lookupPrintServices(null, null);
            }

            @Override
            public PrintService systemDefault() {
                return PrintServiceLookup.lookupDefaultPrintService();
            }
        };
    }

    /** What became of a job. */
    public record Outcome(Result result, String printer, String detail) {
        public boolean printed() {
            return result == Result.PRINTED;
        }
    }

    public enum Result {
        /** Handed to the printer (or written to the file). */
        PRINTED,
        /** No printer named and the workstation has no default printer. */
        NO_PRINTER,
        /** The configured name matches no printer the system lists. */
        PRINTER_NOT_FOUND,
        /** The printer or its spooler refused the job, or the file could not be written. */
        REFUSED
    }

    private final Destination destination;
    private final PrintServices services;

    public A4Printer(Destination destination, PrintServices services) {
        this.destination = Objects.requireNonNull(destination);
        this.services = Objects.requireNonNull(services);
    }

    /** From devices.properties' {@code a4printer}: system (by name or default) or sim (PostScript in a folder). */
    public static A4Printer of(DeviceConfig config, Path defaultFolder) {
        if (config.isSimulated()) {
            return new A4Printer(new Destination.PostScriptFolder(config.option("folder").map(Path::of)
                    .orElse(defaultFolder)), PrintServices.SYSTEM);
        }
        return new A4Printer(new Destination.SystemPrinter(config.option("name").orElse(null)), PrintServices.SYSTEM);
    }

    public Destination destination() {
        return destination;
    }

    /** Prints a PDF on A4; {@code jobName} names the job in the spooler (and the file). Blocks: call off the UI thread. */
    public Outcome print(byte[] pdf, String jobName) {
        return switch (destination) {
            case Destination.SystemPrinter p -> toSystem(p, pdf, jobName);
            case Destination.PostScriptFolder f -> toFolder(f.folder(), pdf, jobName);
        };
    }

    private Outcome toSystem(Destination.SystemPrinter p, byte[] pdf, String jobName) {
        PrintService service;
        if (p.name() == null) {
            service = services.systemDefault();
            if (service == null) {
                return new Outcome(Result.NO_PRINTER, "", "");
            }
        } else {
            Optional<PrintService> named = Arrays.stream(services.all())
                    .filter(s -> s.getName().equalsIgnoreCase(p.name().strip())).findFirst();
            if (named.isEmpty()) {
                String known = String.join(", ", Arrays.stream(services.all()).map(PrintService::getName).toList());
                return new Outcome(Result.PRINTER_NOT_FOUND, p.name(), known);
            }
            service = named.get();
        }
        return printOn(service, service.getName(), pdf, jobName);
    }

    private Outcome toFolder(Path folder, byte[] pdf, String jobName) {
        Path file = folder.resolve(jobName.replaceAll("[^A-Za-z0-9._-]", "_") + ".ps");
        StreamPrintServiceFactory[] factories = PrinterJob.lookupStreamPrintServices(POSTSCRIPT);
        if (factories.length == 0) {
            return new Outcome(Result.NO_PRINTER, file.toString(), "no PostScript stream service in this Java runtime");
        }
        try {
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(file)) {
                StreamPrintService stream = factories[0].getPrintService(out);
                Outcome outcome = printOn(stream, file.toString(), pdf, jobName);
                stream.dispose();
                return outcome;
            }
        } catch (IOException e) {
            return new Outcome(Result.REFUSED, file.toString(), e.getMessage());
        }
    }

    /** The one path every job takes, whatever the service. */
    static Outcome printOn(PrintService service, String printerName, byte[] pdf, String jobName) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
            attributes.add(MediaSizeName.ISO_A4);
            attributes.add(new Copies(1));
            attributes.add(new JobName(jobName, null));
            job.print(attributes);
            return new Outcome(Result.PRINTED, printerName, "");
        } catch (PrinterException | IOException | RuntimeException e) {
            // A spooler's refusal arrives as PrinterException, a dead stream as an unchecked one from the PS writer.
            LOG.log(Level.WARNING, "print job " + jobName + " on " + printerName + " failed", e);
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Outcome(Result.REFUSED, printerName, detail);
        }
    }
}

package org.sportello.server.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.PasswordHasher;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.DocumentSamples;
import org.sportello.model.documents.IssuedDocument;
import org.sportello.model.documents.ScanSimulator;
import org.sportello.model.intake.IntakeReport;
import org.sportello.model.intake.PageResult;
import org.sportello.model.intake.ScanIntake;
import org.sportello.server.storage.JooqOfficeSetupWriter;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.model.setup.OfficeSetupFile;
import org.sportello.server.OfficeServer;

/**
 * Documents at the counter, on a fresh office server over TCP: milliseconds to issue one certificate
 * (compose, seal, PDF, protocol entry and archive in one call, warm) and pages per second for batch
 * intake of scanner-like pages (decode, check, file).
 */
public final class DocumentsBenchmark {
    public record Settings(int warmup, int certificates, int pages) {
    }

    public record Result(Settings settings, MachineInfo machine, LatencySamples.Summary issue, long pdfBytesAverage,
                         int pagesRead, int pagesFiled, double pagesPerSecond, double intakeSeconds) {
    }

    /** Every kind a desk issues from its document sheet (the shortlist comes from a vacancy's contacts). */
    private static final DocumentKind[] KINDS = java.util.Arrays.stream(DocumentKind.values())
            .filter(k -> k != DocumentKind.VACANCY_SHORTLIST).toArray(DocumentKind[]::new);

    private DocumentsBenchmark() {
    }

    public static Result run(Settings s, Consumer<String> progress) {
        Path dir;
        try {
            dir = Files.createTempDirectory("sportello-bench-documents");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (OfficeServer server = OfficeServer.start(OfficeServer.Options.loopback(dir));
             OfficeDatabase admin = OfficeDatabase.open(OfficeServer.inProcessUrl(server.dataDir()))) {
            new JooqOfficeSetupWriter(admin, new PasswordHasher(1000)).apply(OfficeSetupFile.demo());
            progress.accept("Office database embedded in this process (data in " + dir + ")");
            try (OfficeConnection office = OfficeConnection.open(OfficeServer.inProcessUrl(server.dataDir()))) {
                return measure(s, office, dir, progress);
            }
        } finally {
            deleteRecursively(dir);
        }
    }

    private static Result measure(Settings s, OfficeConnection office, Path dir, Consumer<String> progress) {
        OperatorSession operator = office.auth().login("mrossi", "demo".toCharArray());
        var zone = office.directory().office().zone();
        DocumentSamples samples = new DocumentSamples(LocalDate.now(zone), zone);
        for (int i = 0; i < s.warmup(); i++) {
            issue(office, operator, samples, i);
        }
        progress.accept("Warm-up: " + s.warmup() + " certificates issued");
        LatencySamples times = new LatencySamples();
        long bytes = 0;
        IssuedDocument[] issued = new IssuedDocument[s.certificates()];
        for (int i = 0; i < s.certificates(); i++) {
            long start = System.nanoTime();
            issued[i] = issue(office, operator, samples, i);
            times.add(System.nanoTime() - start);
            bytes += issued[i].pdf().length;
        }
        progress.accept("Measured: " + s.certificates() + " certificates");

        Path folder = dir.resolve("scans");
        ScanSimulator scanner = new ScanSimulator();
        try {
            Files.createDirectories(folder);
            for (int p = 0; p < s.pages(); p++) {
                IssuedDocument doc = issued[p % issued.length];
                // A mix like a real feeder's: 200 and 300 dpi, a few degrees askew, noise, one in four upside down.
                ScanSimulator.Defects d = new ScanSimulator.Defects(p % 3 == 0 ? 300 : 200, ((p * 7) % 9 - 4) * 0.75,
                        p % 4 == 3, 10 + p % 15, 30, p);
                var image = scanner.scan(doc.pdf(), 0, d);
                Files.write(folder.resolve(String.format(Locale.ROOT, "scan-%04d.%s", p, p % 2 == 0 ? "png" : "jpg")),
                        p % 2 == 0 ? ScanSimulator.png(image) : ScanSimulator.jpeg(image));
            }
            progress.accept("Scanned pages made: " + s.pages());
            IntakeReport report = new ScanIntake(office.archive(), office.scans()).intake(operator, folder);
            double seconds = report.elapsed().toNanos() / 1e9;
            return new Result(s, MachineInfo.current(), times.summary(), bytes / Math.max(1, s.certificates()),
                    report.pages().size(), (int) report.count(PageResult.Status.ATTACHED),
                    report.pages().size() / seconds, seconds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IssuedDocument issue(OfficeConnection office, OperatorSession operator, DocumentSamples samples,
                                        int i) {
        // Mostly the one-page certificates a counter prints all day; every kind comes round.
        DocumentKind kind = i % 4 == 0 ? KINDS[(i / 4) % KINDS.length] : DocumentKind.EMPLOYMENT_STATUS_CERTIFICATE;
        return office.documents().issue(operator, samples.facts(kind, samples.samplePersonCode()), Locale.ITALIAN);
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing a benchmark for
        }
    }
}

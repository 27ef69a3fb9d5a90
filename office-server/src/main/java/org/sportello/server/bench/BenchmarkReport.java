package org.sportello.server.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes benchmark figures into {@code docs/benchmarks.md}: each benchmark owns one "## Name" section
 * and replaces only that section, so other benchmarks' figures and hand-written notes stay.
 */
public final class BenchmarkReport {
    public static final String QUEUE_HEADING = "## Queue";
    public static final String DOCUMENTS_HEADING = "## Documents";
    private static final String FILE_HEADER = """
            # Benchmarks

            Figures written by `./sportello bench …`; each command replaces its own section. They are
            measurements on the machine named in each section, not targets: compare runs on the same machine.
            """;
    private static final int STATEMENTS_SHOWN = 12;

    private BenchmarkReport() {
    }

    /** Replaces (or appends) the section that starts with {@code heading}; creates the file if needed. */
    public static void writeSection(Path file, String heading, String section) throws IOException {
        List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8)
                : new ArrayList<>(FILE_HEADER.lines().toList());
        List<String> result = new ArrayList<>();
        int i = 0;
        while (i < lines.size() && !lines.get(i).strip().equals(heading)) {
            result.add(lines.get(i++));
        }
        boolean replacing = i < lines.size();
        if (replacing) {
            i++;
            while (i < lines.size() && !isSectionHeading(lines.get(i))) {
                i++;
            }
        } else if (!result.isEmpty() && !result.getLast().isBlank()) {
            result.add("");
        }
        result.addAll(section.strip().lines().toList());
        if (i < lines.size()) {
            result.add("");
            result.addAll(lines.subList(i, lines.size()));
        }
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, String.join("\n", result) + "\n", StandardCharsets.UTF_8);
    }

    private static boolean isSectionHeading(String line) {
        return line.startsWith("## ") || line.startsWith("# ");
    }

    public static String queueSection(QueueBenchmarkResult r) {
        QueueBenchmark.Settings s = r.settings();
        MachineInfo m = r.machine();
        StringBuilder md = new StringBuilder();
        md.append(QUEUE_HEADING).append("\n\n");
        md.append("Command: `./sportello bench queue --kiosks ").append(s.kiosks()).append(" --operators ")
                .append(s.operators()).append(" --seconds ").append(s.measure().toSeconds()).append(" --warmup ")
                .append(s.warmup().toSeconds()).append(" --services ").append(s.services())
                .append(" --backlog ").append(s.backlog())
                .append(s.profile() ? "" : " --no-profile").append("`, run on ").append(m.date()).append(".\n\n");
        md.append("Machine: ").append(m.cores()).append(" cores (").append(m.cpuModel()).append("), ")
                .append(m.memory()).append(" RAM, ").append(m.jdk()).append(", ").append(m.os()).append(".\n\n");
        md.append("Set-up: the office's served queue with its H2 database embedded (in a temporary folder), called")
                .append(" directly (not yet over the office protocol) from the threads of ")
                .append(s.kiosks()).append(" kiosks, ").append(s.operators()).append(" operators and one hall display")
                .append(" in the same JVM. ")
                .append(s.services()).append(" services, ").append(s.operators())
                .append(" counters each serving all of them. Kiosks tap as fast as the office answers (1 tap in 20 asks")
                .append(" for priority)")
                .append(s.backlog() > 0 ? ", holding off (2 ms at a time) while " + s.backlog()
                        + " tickets wait, so that issuing keeps pace with calling and the run is a steady state"
                        : ", with no limit on the line (it grows all through the run)")
                .append("; operators call and finish at once, pausing ")
                .append("2 ms when nobody waits; the display polls the office log every ")
                .append(s.displayPoll().toMillis()).append(" ms. Warm-up ").append(s.warmup().toSeconds())
                .append(" s (not counted), then ").append(fmt(r.window().toMillis() / 1000.0, 1))
                .append(" s measured.")
                .append(s.profile() ? " H2's per-statement statistics were on during the measurement." : "")
                .append("\n\n");

        md.append("| measure | samples | p50 | p95 | p99 | max | floor (p95) | |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        latencyRow(md, "tap → ticket bytes (issue, then ESC/POS ticket to an in-memory printer)", r.tapToTicket(),
                QueueBenchmarkResult.TAP_TO_TICKET_P95_FLOOR);
        latencyRow(md, "call → display (callNext start → display sees TICKET_CALLED)", r.callToDisplay(),
                QueueBenchmarkResult.CALL_TO_DISPLAY_P95_FLOOR);
        latencyRow(md, "callNext alone", r.callNext(), null);
        latencyRow(md, "finish alone", r.finish(), null);
        latencyRow(md, "display poll (one EventTail.poll)", r.displayPoll(), null);
        md.append('\n');

        boolean cyclesOk = r.cyclesPerSecond() >= QueueBenchmarkResult.CYCLES_PER_SECOND_FLOOR;
        md.append("Throughput: ").append(fmt(r.cyclesPerSecond(), 1)).append(" issue+call+finish cycles/s (")
                .append(r.finishedCycles()).append(" tickets called and finished; floor ")
                .append(fmt(QueueBenchmarkResult.CYCLES_PER_SECOND_FLOOR, 0)).append("/s: ")
                .append(cyclesOk ? "met" : "**not met**").append("); ").append(fmt(r.issuedPerSecond(), 1))
                .append(" tickets issued/s. ")
                .append(r.waitingAtEnd()).append(" tickets still waiting at the end; ").append(r.emptyCalls())
                .append(" calls found nobody waiting; ").append(r.callsNotSeenByDisplay())
                .append(" calls not seen by the display before it stopped; ").append(r.errors()).append(" errors")
                .append(r.firstError() == null ? "" : " (first: `" + r.firstError() + "`)").append(".\n\n");

        QueueBenchmarkResult.Integrity in = r.integrity();
        md.append("Integrity after the run: ").append(in.tickets()).append(" tickets; ")
                .append(in.numberingHoles() == 0 ? "numbers per service exactly 1..n (no gap, no duplicate)"
                        : "**" + in.numberingHoles() + " numbering holes or duplicates**")
                .append("; ").append(in.ticketsCalledTwice() == 0 ? "no ticket called twice"
                        : "**" + in.ticketsCalledTwice() + " tickets called twice**").append(".\n\n");

        md.append("Where the CPU went during the measurement (all in one process):\n\n");
        md.append("| threads | CPU s | share |\n|---|---:|---:|\n");
        for (QueueBenchmarkResult.CpuShare c : r.cpu()) {
            md.append("| ").append(c.group()).append(" | ").append(fmt(c.nanos() / 1e9, 2)).append(" | ")
                    .append(fmt(c.percent(), 1)).append(" % |\n");
        }
        md.append('\n');

        if (!r.statements().isEmpty()) {
            long executions = r.statements().stream().mapToLong(QueueBenchmarkResult.StatementCost::executions).sum();
            double inH2 = r.statements().stream().mapToDouble(QueueBenchmarkResult.StatementCost::totalMillis).sum();
            md.append("Statements the H2 server executed during the measurement: ").append(executions).append(" (")
                    .append(fmt(executions / (double) Math.max(1, r.issued() + r.finishedCycles()), 1))
                    .append(" per issue-or-cycle), ").append(fmt(inH2 / 1000.0, 2))
                    .append(" s of execution inside H2. Most expensive first:\n\n");
            md.append("| statement | runs | total ms | avg ms |\n|---|---:|---:|---:|\n");
            r.statements().stream().limit(STATEMENTS_SHOWN).forEach(st -> md.append("| `")
                    .append(shorten(st.sql())).append("` | ").append(st.executions()).append(" | ")
                    .append(fmt(st.totalMillis(), 0)).append(" | ").append(fmt(st.averageMillis(), 3)).append(" |\n"));
            md.append('\n');
        }
        return md.toString();
    }

    public static String documentsSection(DocumentsBenchmark.Result r, String note) {
        DocumentsBenchmark.Settings s = r.settings();
        MachineInfo m = r.machine();
        StringBuilder md = new StringBuilder();
        md.append(DOCUMENTS_HEADING).append("\n\n");
        md.append("Command: `./sportello bench documents --warmup ").append(s.warmup()).append(" --certificates ")
                .append(s.certificates()).append(" --pages ").append(s.pages()).append("`, run on ").append(m.date())
                .append(".\n\n");
        md.append("Machine: ").append(m.cores()).append(" cores (").append(m.cpuModel()).append("), ")
                .append(m.memory()).append(" RAM, ").append(m.jdk()).append(", ").append(m.os()).append(".")
                .append(note == null || note.isBlank() ? "" : " " + note.strip()).append("\n\n");
        md.append("Set-up: a fresh office server (H2 over TCP on localhost) with the demo office; one workstation ")
                .append("connection issues certificates one after another (3 in 4 employment-status certificates, ")
                .append("every kind in turn for the rest), after ").append(s.warmup()).append(" not counted. ")
                .append("One issue = compose + content hash + protocol number + Ed25519 seal + PDF (OpenPDF, fonts ")
                .append("embedded) + archive row, in one transaction. Then ").append(s.pages())
                .append(" scanner-like pages of those certificates (200 and 300 dpi, up to 3 degrees askew, grey noise ")
                .append("and specks, one in four upside down; PNG and JPEG) are taken in by `ScanIntake` (read, ")
                .append("decode with ZXing, check the seal, file in the archive).\n\n");
        md.append("| measure | samples | p50 | p95 | p99 | max |\n|---|---:|---:|---:|---:|---:|\n");
        LatencySamples.Summary i = r.issue();
        md.append("| issue one certificate (warm) | ").append(i.count()).append(" | ").append(ms(i.p50())).append(" | ")
                .append(ms(i.p95())).append(" | ").append(ms(i.p99())).append(" | ").append(ms(i.max()))
                .append(" |\n\n");
        md.append("Average PDF size: ").append(fmt(r.pdfBytesAverage() / 1024.0, 1)).append(" KiB.\n\n");
        md.append("Batch intake: ").append(r.pagesRead()).append(" pages in ").append(fmt(r.intakeSeconds(), 1))
                .append(" s = **").append(fmt(r.pagesPerSecond(), 2)).append(" pages/s** (one thread); ")
                .append(r.pagesFiled()).append(" of ").append(r.pagesRead()).append(" filed.\n\n");
        return md.toString();
    }

    private static void latencyRow(StringBuilder md, String name, LatencySamples.Summary s, Duration floor) {
        md.append("| ").append(name).append(" | ").append(s.count()).append(" | ").append(ms(s.p50())).append(" | ")
                .append(ms(s.p95())).append(" | ").append(ms(s.p99())).append(" | ").append(ms(s.max())).append(" | ");
        if (floor == null) {
            md.append(" | |\n");
        } else {
            boolean met = s.count() > 0 && s.p95().compareTo(floor) <= 0;
            md.append("≤ ").append(floor.toMillis()).append(" ms | ").append(met ? "met" : "**not met**").append(" |\n");
        }
    }

    static String ms(Duration d) {
        return fmt(d.toNanos() / 1e6, 1) + " ms";
    }

    private static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    /** One line, pipes escaped, long statements cut: the table must stay readable. */
    private static String shorten(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").replace("|", "\\|").replace("`", "'");
        return oneLine.length() <= 140 ? oneLine : oneLine.substring(0, 137) + "...";
    }
}

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
    private static final int STATEMENTS_SHOWN = 8;
    /** Other processes using this many cores on average make a run "busy". */
    private static final double BUSY_CORES = 0.25;

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
                .append(s.operators()).append(" --displays ").append(s.displays()).append(" --services ")
                .append(s.services()).append(" --seconds ").append(s.measure().toSeconds()).append(" --warmup ")
                .append(s.warmup().toSeconds()).append(" --settle ").append(s.maxCompilerSettle().toSeconds());
        s.backlogs().forEach(b -> md.append(" --backlog ").append(b));
        md.append(s.profile() ? "" : " --no-profile").append("`, run on ").append(m.date()).append(".\n\n");
        md.append("Machine: ").append(m.cores()).append(" cores (").append(m.cpuModel()).append("), ")
                .append(m.memory()).append(" RAM, ").append(m.jdk()).append(", ").append(m.os())
                .append(". Load average before the run: ").append(r.loadAtStart()).append(".");
        double others = r.phases().stream().mapToDouble(QueueBenchmarkResult.Phase::othersCpuSeconds)
                .filter(v -> v >= 0).sum();
        double windows = r.phases().stream().mapToDouble(p -> p.window().toNanos() / 1e9).sum();
        if (others >= 0 && windows > 0) {
            double cores = others / windows;
            md.append(" During the measured windows other processes used ").append(fmt(others, 1))
                    .append(" CPU s (").append(fmt(cores, 2)).append(" of the ").append(m.cores())
                    .append(" cores on average)");
            md.append(cores >= BUSY_CORES ? ": the machine was busy, so throughput is a lower bound and the"
                    + " latencies upper bounds; compare with a run on a quiet machine." : ".");
        }
        md.append("\n\n");
        md.append("Set-up: an office server started as `office serve` starts it (H2 embedded in a temporary folder,")
                .append(" every service of the office protocol, gRPC over TLS 1.3 with client certificates from the")
                .append(" office's CA, on 127.0.0.1) in the same JVM as ").append(s.kiosks()).append(" kiosks, ")
                .append(s.operators()).append(" desks and ").append(s.displays()).append(" hall displays, ")
                .append(r.stations()).append(" stations in all, each enrolled on its own (one-time code, its own")
                .append(" key pair and certificate) and with its own TLS connection. ").append(s.services())
                .append(" services, ").append(s.operators()).append(" counters each serving all of them.")
                .append(" Kiosks tap as fast as the office answers (1 tap in 20 asks for priority) and print the")
                .append(" ticket to an in-memory ESC/POS printer, holding off (2 ms at a time) while the backlog is")
                .append(" waiting, so that issuing keeps pace with calling and the line stays at that length.")
                .append(" Operators log in through the Auth service (server-side sessions), call and finish at once,")
                .append(" pausing 2 ms when nobody waits. The displays follow the office's event stream")
                .append(" (Events.Subscribe: pushed, not polled). For each backlog the desks hold off while the line")
                .append(" fills to it, then ").append(s.warmup().toSeconds()).append(" s of warm-up, longer while the JIT")
                .append(" still compiled (until it used under 2 % of the time over 5 s; not counted), then ")
                .append(s.measure().toSeconds()).append(" s measured.")
                .append(s.profile() ? " H2's per-statement statistics were on during the measurement." : "")
                .append("\n\n");

        for (QueueBenchmarkResult.Phase p : r.phases()) {
            phase(md, p, m.cores());
        }
        if (r.phases().size() > 1) {
            backlogComparison(md, r.phases().getFirst(), r.phases().getLast());
        }

        md.append("Errors: ").append(r.errors())
                .append(r.firstError() == null ? "" : " (first: `" + r.firstError().replace("`", "'") + "`)")
                .append(". ");
        QueueBenchmarkResult.Integrity in = r.integrity();
        md.append("Integrity after the run: ").append(in.tickets()).append(" tickets; ")
                .append(in.numberingHoles() == 0 ? "numbers per service exactly 1..n (no gap, no duplicate)"
                        : "**" + in.numberingHoles() + " numbering holes or duplicates**")
                .append("; ").append(in.ticketsCalledTwice() == 0 ? "no ticket called twice"
                        : "**" + in.ticketsCalledTwice() + " tickets called twice**").append("; ")
                .append(in.waitingAtEnd()).append(" tickets still waiting at the end; ").append(in.logGaps())
                .append(" sequence numbers missing from the office log.\n\n");
        return md.toString();
    }

    private static void phase(StringBuilder md, QueueBenchmarkResult.Phase p, int cores) {
        md.append("### ").append(fmt(p.backlog(), 0)).append(" tickets waiting\n\n");
        md.append("Warm-up went on ").append(p.compilerSettled().toSeconds())
                .append(" s past the set time until the JIT settled.\n\n");
        md.append("| measure | samples | p50 | p95 | p99 | max | floor (p95) | |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        latencyRow(md, "tap → ticket bytes (Queue.Issue call, then the ESC/POS ticket to an in-memory printer)",
                p.tapToTicket(), QueueBenchmarkResult.TAP_TO_TICKET_P95_FLOOR);
        latencyRow(md, "call → every display (call pressed at a desk → TICKET_CALLED received by each display)",
                p.callToDisplay(), QueueBenchmarkResult.CALL_TO_DISPLAY_P95_FLOOR);
        latencyRow(md, "call answered → every display (the desk has its answer → each display has the event)",
                p.answerToDisplay(), null);
        latencyRow(md, "Queue.CallNext alone (desk)", p.callNext(), null);
        latencyRow(md, "Queue.Finish alone (desk)", p.finish(), null);
        md.append('\n');
        md.append("Throughput: ").append(fmt(p.cyclesPerSecond(), 1)).append(" issue+call+finish cycles/s (")
                .append(p.cycles()).append(" tickets called and finished in ")
                .append(fmt(p.window().toMillis() / 1000.0, 1)).append(" s; floor ")
                .append(fmt(QueueBenchmarkResult.CYCLES_PER_SECOND_FLOOR, 0)).append("/s: ")
                .append(p.cyclesMet() ? "met" : "**not met**").append("); ").append(fmt(p.issuedPerSecond(), 1))
                .append(" tickets issued/s. Tickets waiting during the window: ").append(p.waitingMin()).append(" to ")
                .append(p.waitingMax()).append(" (mean ").append(fmt(p.waitingMean(), 0)).append("). ")
                .append(p.emptyCalls()).append(" calls found nobody waiting; ").append(p.callsNotSeen())
                .append(" calls not seen by a display by the end.\n\n");
        md.append("Where the CPU went during the window (server and stations are one process; ")
                .append(fmt(p.window().toNanos() / 1e9 * cores, 1)).append(" CPU s available):\n\n");
        md.append("| threads | CPU s | share |\n|---|---:|---:|\n");
        for (QueueBenchmarkResult.CpuShare c : p.cpu()) {
            if (c.nanos() == 0) {
                continue;
            }
            md.append("| ").append(c.group()).append(" | ").append(fmt(c.nanos() / 1e9, 2)).append(" | ")
                    .append(fmt(c.percent(), 1)).append(" % |\n");
        }
        md.append('\n');
        if (!p.statements().isEmpty()) {
            long executions = p.statements().stream().mapToLong(QueueBenchmarkResult.StatementCost::executions).sum();
            double inH2 = p.statements().stream().mapToDouble(QueueBenchmarkResult.StatementCost::totalMillis).sum();
            md.append("Statements H2 executed during the window: ").append(executions).append(" (")
                    .append(fmt(executions / (double) Math.max(1, p.issued() + p.cycles()), 1))
                    .append(" per issue-or-cycle), ").append(fmt(inH2 / 1000.0, 2))
                    .append(" s inside H2. Most expensive first:\n\n");
            md.append("| statement | runs | total ms | avg ms |\n|---|---:|---:|---:|\n");
            p.statements().stream().limit(STATEMENTS_SHOWN).forEach(st -> md.append("| `")
                    .append(shorten(st.sql())).append("` | ").append(st.executions()).append(" | ")
                    .append(fmt(st.totalMillis(), 0)).append(" | ").append(fmt(st.averageMillis(), 3)).append(" |\n"));
            md.append('\n');
        }
    }

    private static void backlogComparison(StringBuilder md, QueueBenchmarkResult.Phase shortLine,
                                          QueueBenchmarkResult.Phase longLine) {
        md.append("### ").append(fmt(longLine.backlog(), 0)).append(" waiting against ")
                .append(fmt(shortLine.backlog(), 0)).append("\n\n");
        md.append("| p95 | ").append(fmt(shortLine.backlog(), 0)).append(" waiting | ")
                .append(fmt(longLine.backlog(), 0)).append(" waiting | change | within ")
                .append(fmt(QueueBenchmarkResult.BACKLOG_P95_TOLERANCE * 100, 0)).append(" % |\n");
        md.append("|---|---:|---:|---:|---|\n");
        comparisonRow(md, "tap → ticket bytes", shortLine.tapToTicket().p95(), longLine.tapToTicket().p95());
        comparisonRow(md, "call → every display", shortLine.callToDisplay().p95(), longLine.callToDisplay().p95());
        md.append('\n');
    }

    private static void comparisonRow(StringBuilder md, String name, Duration shortLine, Duration longLine) {
        double change = shortLine.isZero() ? 0 : (longLine.toNanos() - shortLine.toNanos()) / (double) shortLine.toNanos();
        boolean within = change <= QueueBenchmarkResult.BACKLOG_P95_TOLERANCE;
        md.append("| ").append(name).append(" | ").append(ms(shortLine)).append(" | ").append(ms(longLine))
                .append(" | ").append(change >= 0 ? "+" : "").append(fmt(change * 100, 1)).append(" % | ")
                .append(within ? "yes" : "**no**").append(" |\n");
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

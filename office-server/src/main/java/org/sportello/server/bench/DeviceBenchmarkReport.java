package org.sportello.server.bench;

import java.time.Duration;
import java.util.Locale;

/** The "Devices" section of docs/benchmarks.md, from a {@link DeviceBenchmark.Result}. */
public final class DeviceBenchmarkReport {
    public static final String DEVICES_HEADING = "## Devices";

    private DeviceBenchmarkReport() {
    }

    public static String section(DeviceBenchmark.Result r, DeviceBenchmark.Settings s, String loadAverage) {
        MachineInfo m = r.machine();
        StringBuilder md = new StringBuilder();
        md.append(DEVICES_HEADING).append("\n\n");
        md.append("Command: `./sportello bench devices --encode-runs ").append(s.encodeRuns()).append(" --wire-runs ")
                .append(s.wireRuns()).append(" --scans ").append(s.scans()).append("`, run on ").append(m.date())
                .append(" (").append(m.cores()).append(" cores, ").append(m.cpuModel()).append(", ").append(m.jdk())
                .append("; load average at the start ").append(loadAverage).append(").");
        if (busy(loadAverage, m.cores())) {
            md.append(" Other work was running on the machine (load above its cores): times are upper bounds,")
                    .append(" to re-run on a quiet machine.");
        }
        md.append("\n\n");

        md.append("**Ticket encoding.** A full kiosk ticket for the ").append(r.profile().description())
                .append(" (").append(r.profile().dotWidth()).append(" dots): a ").append(r.logoWidth()).append(" × ")
                .append(r.logoHeight()).append(" dithered raster logo (drawn by the benchmark), office and service in")
                .append(" large type, the number very large, date and time, people ahead and wait, a native QR with")
                .append(" the ticket id, the privacy line, feed and cut; through the real `TicketLayout`, after ")
                .append(s.encodeWarmup()).append(" warm-up runs.\n\n");
        md.append("| what | value |\n|---|---:|\n");
        md.append("| bytes sent to the printer | ").append(String.format(Locale.ROOT, "%,d", r.ticketBytes())).append(" |\n");
        md.append("| encode time p50 (").append(r.encode().count()).append(" runs) | ").append(us(r.encode().p50())).append(" |\n");
        md.append("| encode time p95 | ").append(us(r.encode().p95())).append(" |\n");
        md.append("| encode time max | ").append(us(r.encode().max())).append(" |\n\n");

        md.append("**Time on the wire.** Computed: bytes × 10 bits (start, 8 data, stop; 7E1 is also 10) ÷ baud,")
                .append(" with no gaps between bytes. Measured: ").append(r.ptyNote()).append(", from the first")
                .append(" write to the last byte read on the other end.\n\n");
        md.append("| baud | computed | measured p50 | measured p95 |\n|---:|---:|---:|---:|\n");
        for (DeviceBenchmark.Wire w : r.wires()) {
            md.append("| ").append(String.format(Locale.ROOT, "%,d", w.baud())).append(" | ").append(ms(w.computed()))
                    .append(" | ").append(w.measured().map(x -> ms(x.p50())).orElse("–")).append(" | ")
                    .append(w.measured().map(x -> ms(x.p95())).orElse("–")).append(" |\n");
        }
        md.append("\nA pseudo-terminal does not pace bytes at the baud rate set on it (the kernel copies them at")
                .append(" memory speed), so the measured times show the software path (jSerialComm, tty layer) and")
                .append(" are no measure of a real line; the computed figure is what a real 9600 or 115200 baud")
                .append(" cable takes, and a printer's own buffer and print speed come on top.\n\n");

        md.append("**Wedge scan to handler.** A keyboard-wedge scanner typing a ").append(r.scanCharacters())
                .append("-character codice fiscale with ").append(r.scanKeyGap().toMillis())
                .append(" ms between keys and Enter, through `KeystrokeBurstDetector` with the apps' ")
                .append(DeviceBenchmark.TICK.toMillis()).append(" ms timer, in real time; a person's two letters")
                .append(" typed between scans measure how long typing is held back.\n\n");
        md.append("| what | runs | p50 | p95 | max |\n|---|---:|---:|---:|---:|\n");
        row(md, "Enter of a scan → scan handler", r.scanToHandler());
        row(md, "a person's last key → back in the field", r.typedRedelivery());
        md.append("\nA scan reaches its handler when its Enter arrives; the whole scan lasts about ")
                .append(r.scanKeyGap().toMillis() * r.scanCharacters()).append(" ms at this key rate. Typing is held")
                .append(" until the 40 ms gap that tells it from a device has passed and the next tick runs.\n");
        return md.toString();
    }

    private static boolean busy(String loadAverage, int cores) {
        try {
            return Double.parseDouble(loadAverage) > cores;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void row(StringBuilder md, String name, LatencySamples.Summary s) {
        md.append("| ").append(name).append(" | ").append(s.count()).append(" | ").append(fine(s.p50())).append(" | ")
                .append(fine(s.p95())).append(" | ").append(fine(s.max())).append(" |\n");
    }

    /** Milliseconds above 1 ms, microseconds below: a scan handler is reached in microseconds. */
    private static String fine(Duration d) {
        return d.toNanos() >= 1_000_000 ? ms(d) : us(d);
    }

    static String ms(Duration d) {
        return String.format(Locale.ROOT, "%,.1f ms", d.toNanos() / 1e6);
    }

    static String us(Duration d) {
        return String.format(Locale.ROOT, "%,.0f µs", d.toNanos() / 1e3);
    }
}

package org.sportello.server.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How busy the machine was besides this process: the CPU every process used (Linux {@code /proc/stat})
 * less this JVM's own. On a shared machine the figures only mean something beside it.
 */
record MachineLoad(long machineBusyNanos, long processNanos, long wallNanos, String loadAverage) {
    /** Linux counts {@code /proc/stat} in USER_HZ ticks, 100 a second on every common kernel. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    static MachineLoad now() {
        return new MachineLoad(machineBusy(), processCpu(), System.nanoTime(), readLoadAverage());
    }

    /** CPU seconds other processes used between {@code earlier} and this snapshot; negative when unknown. */
    double othersCpuSecondsSince(MachineLoad earlier) {
        if (machineBusyNanos < 0 || earlier.machineBusyNanos < 0 || processNanos < 0) {
            return -1;
        }
        long machine = machineBusyNanos - earlier.machineBusyNanos;
        long mine = processNanos - earlier.processNanos;
        return Math.max(0, machine - mine) / 1e9;
    }

    /** The 1, 5 and 15 minute load averages, as {@code uptime} prints them; "unknown" off Linux. */
    private static String readLoadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long machineBusy() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] f = lines.getFirst().strip().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal …: busy is all but idle and iowait.
            long busy = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static long processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}

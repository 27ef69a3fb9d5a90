package org.sportello.ui.drive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * A station process's memory as the kernel counts it (VmRSS now, VmHWM the peak), for the benchmarks' drives of
 * the real station apps; -1 where /proc is not there. Tests give suppliers of their own.
 */
public record ProcessMemory(LongSupplier residentKb, LongSupplier peakKb) {
    public static ProcessMemory ofThisProcess() {
        return new ProcessMemory(() -> status("VmRSS:"), () -> status("VmHWM:"));
    }

    /** The heap's live objects in MB after a full collection: what the process really keeps. */
    public static long liveHeapMb() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }

    /** The heap's ceiling in MB: -Xmx, or the JVM's default share of the machine's memory. */
    public static long maxHeapMb() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    private static long status(String field) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith(field)) {
                    return Long.parseLong(l.substring(field.length()).replace("kB", "").strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}

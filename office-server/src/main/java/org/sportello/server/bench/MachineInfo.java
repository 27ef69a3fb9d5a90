package org.sportello.server.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Where a benchmark ran: figures mean little without the machine beside them. */
public record MachineInfo(int cores, String cpuModel, String memory, String jdk, String os, LocalDate date) {

    public static MachineInfo current() {
        Runtime rt = Runtime.getRuntime();
        return new MachineInfo(rt.availableProcessors(), readCpuModel(), readMemory(),
                System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                LocalDate.now());
    }

    private static String readCpuModel() {
        return procField(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU");
    }

    private static String readMemory() {
        return procField(Path.of("/proc/meminfo"), "MemTotal")
                .map(v -> {
                    String[] parts = v.split("\\s+");
                    try {
                        double gib = Long.parseLong(parts[0]) / (1024.0 * 1024.0);
                        return String.format(Locale.ROOT, "%.1f GiB", gib);
                    } catch (NumberFormatException e) {
                        return v;
                    }
                })
                .orElse((Runtime.getRuntime().maxMemory() >> 20) + " MiB max heap (total RAM unknown)");
    }

    private static java.util.Optional<String> procField(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}

package org.sportello.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Start-up figures for {@code scripts/bench-startup} (issue 15): when an app's first screen can be used,
 * it appends {@code app=kiosk usable-ms=… rss-kb=…} to the file named by
 * {@code -Dsportello.startup.probe=FILE} (time from the process's start, resident memory then) and, with
 * {@code -Dsportello.startup.exit=true}, ends. Without the property nothing happens.
 */
public final class StartupProbe {
    public static final String FILE_PROPERTY = "sportello.startup.probe";
    public static final String EXIT_PROPERTY = "sportello.startup.exit";
    private static final AtomicBoolean DONE = new AtomicBoolean();

    private StartupProbe() {
    }

    /** Called once the app's first screen can be used; later calls do nothing. */
    public static void ready(String app, Runnable exit) {
        String file = System.getProperty(FILE_PROPERTY);
        if (file == null || !DONE.compareAndSet(false, true)) {
            return;
        }
        Instant started = ProcessHandle.current().info().startInstant()
                .orElse(Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()));
        long ms = Duration.between(started, Instant.now()).toMillis();
        String line = "app=" + app + " usable-ms=" + ms + " rss-kb=" + residentKb() + System.lineSeparator();
        try {
            Files.writeString(Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("startup probe: cannot write " + file + ": " + e.getMessage());
        }
        if (Boolean.getBoolean(EXIT_PROPERTY)) {
            exit.run();
            // Threads of the link and the devices would keep the JVM up; an AOT training run must end normally.
            System.exit(0);
        }
    }

    /** VmRSS of this process (Linux); -1 elsewhere. */
    static long residentKb() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmRSS:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux: the figure is left out.
        }
        return -1;
    }
}

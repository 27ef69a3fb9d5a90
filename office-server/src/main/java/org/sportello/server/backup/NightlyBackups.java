package org.sportello.server.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.sportello.protocol.station.PrivateFiles;

/**
 * The office server's nightly backup (ADR 25): at the set-up's time in the office's zone it backs the
 * database up into {@code DATA/backups} (owner-only) as {@code office-YYYYMMDD-HHMMSS.zip}, office time,
 * so the newest sorts last, and then deletes all but the newest {@code keep}. A backup that fails deletes
 * nothing. One thread of its own; the server closes it before it shuts the database down.
 */
public final class NightlyBackups implements AutoCloseable {
    public static final String FOLDER = "backups";
    private static final Pattern NAME = Pattern.compile("office-\\d{8}-\\d{6}\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DataSource database;
    private final Path dataDir;
    private final Supplier<BackupSchedule> schedule;
    private final Clock clock;
    private final Consumer<String> log;
    private final ScheduledThreadPoolExecutor timer;

    /**
     * @param schedule read before each night (see {@link BackupSchedule#of})
     * @param clock    when "now" is: the time of the next night and the file names come from it
     * @param log      one line per backup or failure, for the server's console
     */
    public NightlyBackups(DataSource database, Path dataDir, Supplier<BackupSchedule> schedule, Clock clock,
                          Consumer<String> log) {
        this.database = database;
        this.dataDir = dataDir;
        this.schedule = schedule;
        this.clock = clock;
        this.log = log;
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "office-backup");
            t.setDaemon(true);
            return t;
        });
        timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Schedules the first night; each run schedules the next. */
    public NightlyBackups start() {
        scheduleNext();
        return this;
    }

    private void scheduleNext() {
        Instant now = clock.instant();
        Duration wait = Duration.between(now, nextRunAfter(now, schedule.get()));
        try {
            timer.schedule(() -> {
                runOnce();
                scheduleNext();
            }, wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // The server is stopping; there is no next night.
        }
    }

    /**
     * The next run strictly after {@code now}: today's time if still ahead, else tomorrow's. Computed
     * from the local date each time, so a daylight-saving change moves the run with the clock on the wall.
     */
    public static Instant nextRunAfter(Instant now, BackupSchedule plan) {
        ZonedDateTime here = now.atZone(plan.zone());
        ZonedDateTime next = here.toLocalDate().atTime(plan.at()).atZone(plan.zone());
        if (!next.toInstant().isAfter(now)) {
            next = here.toLocalDate().plusDays(1).atTime(plan.at()).atZone(plan.zone());
        }
        return next.toInstant();
    }

    /** Takes one backup now and prunes the folder; a failure is logged and leaves every older backup in place. */
    public Optional<BackupReport> runOnce() {
        BackupSchedule plan = schedule.get();
        Path folder = PrivateFiles.directory(dataDir.resolve(FOLDER));
        Path file = folder.resolve("office-" + LocalDateTime.ofInstant(clock.instant(), plan.zone()).format(STAMP)
                + ".zip");
        try {
            BackupReport report = OfficeBackup.write(database, dataDir, file);
            List<Path> removed = prune(folder, plan.keep());
            log.accept(BackupTexts.text("nightly.done", file, report.sizeBytes(), report.contents().schemaVersion(),
                    removed.size(), plan.keep()));
            return Optional.of(report);
        } catch (RuntimeException e) {
            log.accept(BackupTexts.text("nightly.failed", file, e.getMessage()));
            return Optional.empty();
        }
    }

    /** Deletes all but the newest {@code keep} nightly backups in {@code folder}; returns the deleted ones. */
    static List<Path> prune(Path folder, int keep) {
        List<Path> backups = list(folder);
        List<Path> removed = new ArrayList<>();
        for (Path old : backups.subList(0, Math.max(0, backups.size() - keep))) {
            try {
                Files.deleteIfExists(old);
                removed.add(old);
            } catch (IOException e) {
                // Kept one too many: tomorrow's run tries again.
            }
        }
        return removed;
    }

    /** The nightly backups in a data folder, oldest first. */
    public static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The newest nightly backup of an office's data folder, if it has one. */
    public static Optional<Path> newest(Path dataDir) {
        List<Path> all = list(dataDir.resolve(FOLDER));
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    /** Stops the timer; a backup already running finishes first, so the database is never shut under it. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(10, TimeUnit.MINUTES)) {
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            timer.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return "nightly backups";
    }
}

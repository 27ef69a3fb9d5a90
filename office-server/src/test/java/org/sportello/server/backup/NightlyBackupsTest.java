package org.sportello.server.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.testing.MutableClock;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.server.testing.TestOffice;

/** The office server's nightly backups: named by the office's clock, the newest fourteen kept. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class NightlyBackupsTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @TempDir
    Path dir;

    @Test
    void sixteenNightsLeaveTheNewestFourteenNamedByDate() {
        Path data = dir.resolve("data");
        MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 1, 2, 30).atZone(ROME).toInstant());
        List<String> lines = new ArrayList<>();
        try (TestOffice office = TestOffice.embedded(data)) {
            OfficeDatabase db = office.connection().database();
            // The demo set-up keeps 14; read from the office as the server does.
            BackupSchedule plan = BackupSchedule.of(db.dataSource());
            assertThat(plan).isEqualTo(new BackupSchedule(LocalTime.of(2, 30), 14, ROME));
            try (NightlyBackups nightly = new NightlyBackups(db.dataSource(), data, () -> BackupSchedule.of(db.dataSource()),
                    clock, lines::add)) {
                for (int night = 0; night < 16; night++) {
                    assertThat(nightly.runOnce()).as("night " + night).isPresent();
                    clock.advance(Duration.ofDays(1));
                }
            }
        }
        List<Path> kept = NightlyBackups.list(data.resolve(NightlyBackups.FOLDER));
        assertThat(kept).hasSize(14);
        assertThat(kept.getFirst().getFileName().toString()).isEqualTo("office-20261103-023000.zip");
        assertThat(NightlyBackups.newest(data)).contains(data.resolve("backups").resolve("office-20261116-023000.zip"));
        assertThat(lines).hasSize(16).allSatisfy(l -> assertThat(l).contains("office-202611"));
        assertThat(permissions(data.resolve("backups"))).isEqualTo("rwx------");
        assertThat(kept).allSatisfy(f -> assertThat(permissions(f)).isEqualTo("rw-------"));
    }

    @Test
    void aFailedBackupKeepsEveryOlderOne() throws Exception {
        Path data = dir.resolve("data");
        Path folder = Files.createDirectories(data.resolve(NightlyBackups.FOLDER));
        for (int day = 1; day <= 3; day++) {
            Files.writeString(folder.resolve("office-2026110" + day + "-023000.zip"), "older");
        }
        MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 4, 2, 30).atZone(ROME).toInstant());
        List<String> lines = new ArrayList<>();
        // A database that is gone: the backup fails.
        OfficeDatabase closed = OfficeDatabase.open(OfficeDatabase.fileUrl(dir.resolve("none")) + ";IFEXISTS=TRUE");
        closed.close();
        try (NightlyBackups nightly = new NightlyBackups(closed.dataSource(), data,
                () -> new BackupSchedule(LocalTime.of(2, 30), 1, ROME), clock, lines::add)) {
            assertThat(nightly.runOnce()).isEmpty();
        }
        assertThat(NightlyBackups.list(folder)).hasSize(3);
        assertThat(lines).singleElement().asString().contains("office-20261104-023000.zip");
    }

    @Test
    void theNextNightIsTheSetTimeInTheOfficeZoneAcrossDaylightSaving() {
        BackupSchedule plan = new BackupSchedule(LocalTime.of(2, 30), 14, ROME);
        Instant evening = LocalDateTime.of(2026, 3, 28, 22, 0).atZone(ROME).toInstant();
        // The night of the change to summer time has no 02:30: the run moves with the wall clock (03:30).
        assertThat(NightlyBackups.nextRunAfter(evening, plan).atZone(ROME).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 3, 29, 3, 30));
        Instant before = LocalDateTime.of(2026, 11, 24, 1, 0).atZone(ROME).toInstant();
        assertThat(NightlyBackups.nextRunAfter(before, plan))
                .isEqualTo(LocalDateTime.of(2026, 11, 24, 2, 30).atZone(ROME).toInstant());
        Instant exactly = LocalDateTime.of(2026, 11, 24, 2, 30).atZone(ROME).toInstant();
        assertThat(NightlyBackups.nextRunAfter(exactly, plan))
                .isEqualTo(LocalDateTime.of(2026, 11, 25, 2, 30).atZone(ROME).toInstant());
    }

    private static String permissions(Path p) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

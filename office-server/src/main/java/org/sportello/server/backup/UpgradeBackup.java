package org.sportello.server.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.sportello.protocol.station.PrivateFiles;

/**
 * The copy an upgraded office server takes of the database before its first migration (issue 15): the
 * database and the office CA exactly as the older Sportello left them, restorable with that version
 * ({@code sportello office restore}) if the new one has to be taken back.
 */
public final class UpgradeBackup {
    /** {@code before-upgrade-10.3-20261124-101500.zip}: not an {@code office-*} name, so the nightly rotation keeps it. */
    public static final String PREFIX = "before-upgrade-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private UpgradeBackup() {
    }

    /**
     * Writes the backup into {@code dataDir/backups} and returns its path.
     *
     * @param schema the schema version the database has now (before migrating), for the file name
     */
    public static Path take(DataSource live, Path dataDir, String schema, Clock clock) {
        Path folder = PrivateFiles.directory(dataDir.resolve(NightlyBackups.FOLDER));
        String stamp = LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault()).format(STAMP);
        Path file = folder.resolve(PREFIX + schema.replaceAll("[^0-9.]", "_") + "-" + stamp + ".zip");
        return OfficeBackup.write(live, dataDir, file).file();
    }
}

package org.sportello.server.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalTime;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.sportello.model.setup.OfficeSetup;

/**
 * When the nightly backup runs and how many it keeps, as the office set-up wrote them into the database
 * ({@code backup.time}, {@code backup.keep}, the office's time zone). Read again before each night, so a
 * new set-up applies without restarting the server.
 */
public record BackupSchedule(LocalTime at, int keep, ZoneId zone) {
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Rome");
    public static final BackupSchedule DEFAULT = new BackupSchedule(OfficeSetup.BackupSetup.DEFAULT_TIME,
            OfficeSetup.BackupSetup.DEFAULT_KEEP, DEFAULT_ZONE);

    /** The office's schedule; the defaults while the database has no office yet (before {@code office init}). */
    public static BackupSchedule of(DataSource database) {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT backup_time, backups_kept, time_zone FROM office ORDER BY code")) {
            if (!rs.next()) {
                return DEFAULT;
            }
            LocalTime at = rs.getObject(1, LocalTime.class);
            int keep = rs.getInt(2);
            ZoneId zone;
            try {
                zone = ZoneId.of(rs.getString(3));
            } catch (RuntimeException badZone) {
                zone = DEFAULT_ZONE;
            }
            return new BackupSchedule(at, keep, zone);
        } catch (SQLException e) {
            // Without an office table there is nothing to configure yet; the defaults still protect the data.
            return DEFAULT;
        }
    }
}

package org.sportello.server.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sportello.server.storage.OfficeDatabase;

/**
 * What an office database file holds, read by opening it: its schema version and how many tickets and
 * issued documents it has. Opening it is the check that a backup or a restored folder is a database
 * H2 can use, not only a file with the right name.
 *
 * @param schemaVersion the newest migration applied ({@code "10.3"}), as read
 * @param migrated      migrations applied by this check (a restore brings an older backup up to date)
 */
public record DatabaseContents(String schemaVersion, int migrated, long tickets, long documents) {

    /** Why the database is opened: to check a fresh backup as it is, or to restore it. */
    enum Purpose {
        /** Read only what is there; a backup of a newer Sportello's database is still a good backup. */
        CHECK_BACKUP,
        /** Refuse a newer Sportello's schema and migrate an older one, as {@code office serve} does at its start. */
        RESTORE
    }

    /** Opens the database in {@code folder} (it must exist) and reads what it holds. */
    static DatabaseContents read(Path folder, Purpose purpose) {
        String url = OfficeDatabase.fileUrl(folder) + ";IFEXISTS=TRUE";
        try {
            OfficeDatabase.probe(url);
        } catch (SQLException e) {
            throw new BackupRefused(BackupTexts.text("contents.unreadable", firstLine(e.getMessage())), e);
        }
        try (OfficeDatabase db = OfficeDatabase.open(url)) {
            OfficeDatabase.SchemaState schema = db.schema();
            if (schema.applied() == null) {
                throw new BackupRefused(BackupTexts.text("contents.no-schema"));
            }
            if (schema.newer() && purpose == Purpose.RESTORE) {
                throw new BackupRefused(BackupTexts.text("contents.newer", schema.applied(), schema.shipped()));
            }
            int migrated = purpose == Purpose.RESTORE && schema.pending() > 0 ? db.migrate() : 0;
            String version = migrated > 0 ? db.schema().applied() : schema.applied();
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                long tickets = count(s, "ticket");
                long documents = count(s, "archived_document");
                // Closing the pool closes its last connection, and H2 then closes the file with every page on it.
                return new DatabaseContents(version, migrated, tickets, documents);
            }
        } catch (SQLException e) {
            throw new BackupRefused(BackupTexts.text("contents.unreadable", firstLine(e.getMessage())), e);
        }
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String firstLine(String text) {
        String t = String.valueOf(text);
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}

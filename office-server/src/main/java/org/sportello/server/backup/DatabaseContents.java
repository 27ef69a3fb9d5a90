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

    /**
     * Opens the database in {@code folder} (it must exist), refuses one made by a newer Sportello, and,
     * when {@code migrateOlder}, applies this build's pending migrations as {@code office serve} does at
     * its start.
     */
    static DatabaseContents read(Path folder, boolean migrateOlder) {
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
            if (schema.newer()) {
                throw new BackupRefused(BackupTexts.text("contents.newer", schema.applied(), schema.shipped()));
            }
            int migrated = migrateOlder && schema.pending() > 0 ? db.migrate() : 0;
            String version = migrated > 0 ? db.schema().applied() : schema.applied();
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                long tickets = count(s, "ticket");
                long documents = count(s, "archived_document");
                // Every page on disk and the file closed before anyone copies or serves it.
                s.execute("SHUTDOWN");
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

package org.sportello.server.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Searches every text column of every table of a database for a value: where it still is. */
public final class PersonalDataScan {
    private PersonalDataScan() {
    }

    /** Opens a connection to the database scanned. */
    public interface Connect {
        Connection open() throws SQLException;
    }

    public static List<String> find(DataSource db, String schema, String text) throws SQLException {
        return find(db::getConnection, schema, text);
    }

    /** "table.column" for each column that holds {@code text} somewhere (case-insensitive). */
    public static List<String> find(Connect db, String schema, String text) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection c = db.open()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT c.table_name, c.column_name FROM"
                    + " information_schema.columns c JOIN information_schema.tables t ON t.table_schema ="
                    + " c.table_schema AND t.table_name = c.table_name WHERE c.table_schema = ?"
                    + " AND t.table_type IN ('BASE TABLE', 'TABLE') AND (LOWER(c.data_type) LIKE '%char%'"
                    + " OR LOWER(c.data_type) LIKE '%clob%' OR LOWER(c.data_type) = 'text')")) {
                ps.setString(1, schema);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        columns.add(rs.getString(1) + "." + rs.getString(2));
                    }
                }
            }
            List<String> found = new ArrayList<>();
            for (String tc : columns) {
                String[] parts = tc.split("\\.");
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + schema + ".\"" + parts[0]
                        + "\" WHERE LOWER(CAST(\"" + parts[1] + "\" AS VARCHAR)) LIKE ?")) {
                    ps.setString(1, "%" + text.toLowerCase(java.util.Locale.ROOT) + "%");
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) > 0) {
                            found.add(tc);
                        }
                    }
                }
            }
            if (columns.isEmpty()) {
                throw new IllegalStateException("no text columns found in schema " + schema + ": the scan is broken");
            }
            return found;
        }
    }
}

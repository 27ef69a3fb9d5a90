package org.sportello.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.stream.Collectors;

/** The office's copy of the services catalogue: a pulled row replaces the local one only when newer. */
final class CatalogMirror {
    private static final String UPDATE = "UPDATE catalog_service SET "
            + SyncedColumns.CATALOG_SERVICE.stream().skip(1).map(c -> c + " = ?").collect(Collectors.joining(", "))
            + " WHERE id = ? AND version < ?";
    private static final String INSERT = "INSERT INTO catalog_service (" + SyncedColumns.list(SyncedColumns.CATALOG_SERVICE)
            + ") VALUES (" + SyncedColumns.placeholders(SyncedColumns.CATALOG_SERVICE.size()) + ")";

    private CatalogMirror() {
    }

    static void upsertAll(Connection central, Connection office, java.util.List<Object[]> rows) throws SQLException {
        for (Object[] row : rows) {
            upsert(office, row);
        }
    }

    static void upsert(Connection office, Object[] row) throws SQLException {
        boolean known;
        try (PreparedStatement ps = office.prepareStatement("SELECT 1 FROM catalog_service WHERE id = ?")) {
            ps.setObject(1, row[0]);
            try (ResultSet rs = ps.executeQuery()) {
                known = rs.next();
            }
        }
        if (known) {
            try (PreparedStatement ps = office.prepareStatement(UPDATE)) {
                int i = 1;
                for (int c = 1; c < row.length; c++) {
                    ps.setObject(i++, row[c]);
                }
                ps.setObject(i++, row[0]);
                ps.setObject(i, row[row.length - 1]);
                ps.executeUpdate();
            }
        } else {
            try (PreparedStatement ps = office.prepareStatement(INSERT)) {
                for (int c = 0; c < row.length; c++) {
                    ps.setObject(c + 1, row[c]);
                }
                ps.executeUpdate();
            }
        }
    }
}

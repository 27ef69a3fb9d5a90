package org.sportello.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Sends one office table to central through its outbox columns: the rows whose {@code version} is above
 * {@code pushed_version} go in bounded batches, each batch one central transaction, and are recorded here
 * only after central committed. Central's upsert keeps its row when it is already as new, so a batch sent
 * twice changes nothing, and a change made here meanwhile (a higher version) waits for the next batch.
 *
 * @param officeTable the office table with {@code id}, {@code version} and {@code pushed_version}
 * @param from        the office query's FROM clause after the table's alias {@code t} (joins), may be empty
 * @param columns     the columns sent, as central names them, in order; {@code id} and {@code version} among them
 * @param types       each column's type for {@link Rows#read}
 * @param source      the office expression that gives a column, e.g. a joined table's column
 * @param centralTable the central table, schema-qualified
 * @param onConflict  the central columns an upsert overwrites (the others keep their first value)
 */
record VersionedRowPush(String officeTable, String from, List<String> columns, List<String> types,
                        UnaryOperator<String> source, String centralTable, List<String> onConflict) {
    VersionedRowPush {
        Objects.requireNonNull(officeTable, "officeTable");
        columns = List.copyOf(columns);
        types = List.copyOf(types);
        onConflict = List.copyOf(onConflict);
        if (columns.size() != types.size() || !columns.contains("id") || !columns.contains("version")) {
            throw new IllegalArgumentException("columns and types must match and name id and version");
        }
    }

    /** One batch; returns how many rows went (0 when none were waiting). */
    int pushOnce(Connection central, Connection office, OfficeIdentity me, int limit) throws SQLException {
        List<Object[]> rows = pending(office, limit);
        if (rows.isEmpty()) {
            return 0;
        }
        central.setAutoCommit(false);
        try {
            write(central, me.id(), rows);
            central.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                central.rollback();
            } catch (SQLException ignored) {
                // The connection is gone: the server rolls back by itself.
            }
            throw e;
        }
        record(office, rows);
        return rows.size();
    }

    private List<Object[]> pending(Connection office, int limit) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        String select = String.join(", ", columns.stream().map(source).toList());
        try (PreparedStatement ps = office.prepareStatement("SELECT " + select + " FROM " + officeTable + " t "
                + from + " WHERE t.pushed_version < t.version ORDER BY t.id LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(Rows.read(rs, types));
                }
            }
        }
        return rows;
    }

    private void write(Connection central, UUID officeId, List<Object[]> rows) throws SQLException {
        StringBuilder update = new StringBuilder();
        for (String c : onConflict) {
            update.append(update.isEmpty() ? "" : ", ").append(c).append(" = EXCLUDED.").append(c);
        }
        try (PreparedStatement ps = central.prepareStatement("INSERT INTO " + centralTable + " (office_id, "
                + String.join(", ", columns) + ") VALUES (?, " + String.join(", ", Collections.nCopies(columns.size(),
                "?")) + ") ON CONFLICT (id) DO UPDATE SET " + update + " WHERE " + centralTable
                + ".version < EXCLUDED.version")) {
            for (Object[] row : rows) {
                ps.setObject(1, officeId);
                Rows.bind(ps, 2, row);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void record(Connection office, List<Object[]> rows) throws SQLException {
        int id = columns.indexOf("id");
        int version = columns.indexOf("version");
        try (PreparedStatement ps = office.prepareStatement("UPDATE " + officeTable + " SET pushed_version = ?"
                + " WHERE id = ? AND pushed_version < ?")) {
            for (Object[] row : rows) {
                Rows.bind(ps, 1, row[version], row[id], row[version]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}

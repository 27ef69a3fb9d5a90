package org.sportello.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Sends the office's company communications to central (central V4_2): the rows whose version central has
 * not seen, in bounded batches, each batch one central transaction, recorded here only after central
 * committed. The upsert keeps central's row when it is already as new, so a batch sent twice changes
 * nothing. Central's row security lets an office write and read only the communications it took.
 */
final class CommunicationPush {
    /** The columns sent, in order; worker_tax_code is read from the worker's person row. */
    static final List<String> COLUMNS = List.of("id", "kind", "employer_tax_code", "employer_name", "person_id",
            "worker_tax_code", "event_on", "end_on", "contract_type", "occupation_code", "pages", "handed_in_on",
            "deadline_on", "late", "job_movement_id", "protocol_entry_id", "operator_id", "recorded_at", "version");
    static final List<String> TYPES = List.of("uuid", "varchar", "varchar", "varchar", "uuid", "varchar", "date",
            "date", "varchar", "varchar", "int", "date", "date", "boolean", "uuid", "uuid", "uuid", "timestamptz",
            "bigint");

    private CommunicationPush() {
    }

    /** One batch; returns how many communications went (0 when none were waiting). */
    static int pushOnce(Connection central, Connection office, OfficeIdentity me, int limit) throws SQLException {
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

    private static List<Object[]> pending(Connection office, int limit) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        String select = String.join(", ", COLUMNS.stream()
                .map(c -> c.equals("worker_tax_code") ? "p.tax_code" : "c." + c).toList());
        try (PreparedStatement ps = office.prepareStatement("SELECT " + select + " FROM company_communication c"
                + " JOIN person p ON p.id = c.person_id WHERE c.pushed_version < c.version ORDER BY c.id LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(Rows.read(rs, TYPES));
                }
            }
        }
        return rows;
    }

    private static void write(Connection central, UUID officeId, List<Object[]> rows) throws SQLException {
        try (PreparedStatement ps = central.prepareStatement("INSERT INTO public.company_communication (office_id, "
                + String.join(", ", COLUMNS) + ") VALUES (?, " + String.join(", ",
                java.util.Collections.nCopies(COLUMNS.size(), "?")) + ") ON CONFLICT (id) DO UPDATE SET"
                + " protocol_entry_id = EXCLUDED.protocol_entry_id, version = EXCLUDED.version"
                + " WHERE public.company_communication.version < EXCLUDED.version")) {
            for (Object[] row : rows) {
                ps.setObject(1, officeId);
                Rows.bind(ps, 2, row);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** What central now has; a change made meanwhile (a higher version) still waits for the next batch. */
    private static void record(Connection office, List<Object[]> rows) throws SQLException {
        int id = COLUMNS.indexOf("id");
        int version = COLUMNS.indexOf("version");
        try (PreparedStatement ps = office.prepareStatement("UPDATE company_communication SET pushed_version = ?"
                + " WHERE id = ? AND pushed_version < ?")) {
            for (Object[] row : rows) {
                Rows.bind(ps, 1, row[version], row[id], row[version]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}

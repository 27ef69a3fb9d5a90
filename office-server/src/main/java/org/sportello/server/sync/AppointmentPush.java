package org.sportello.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Sends the office's appointments to central (office V13_5, central V5_1; ADR 36): every row whose version central
 * has not seen, history included, in bounded batches, each batch one central transaction, recorded here only after
 * central committed. It runs in the round after the log's batches, so the dossier a booking changed is on central
 * first. An appointment stays the record of the office that booked it: it goes whatever the dossier's state here
 * (a dossier moved away still sends the appointments it released), and central's row security lets an office
 * write only its own rows. The upsert keeps central's row when it is already as new, so a batch sent twice
 * changes nothing.
 */
final class AppointmentPush {
    /** The columns sent, in order; with_login and with_name come from the appointment's calendar. */
    static final List<String> COLUMNS = List.of("id", "person_id", "tax_code", "with_login", "with_name", "kind",
            "starts_at", "ends_at", "status", "bring", "rebooked_to", "letter", "ticket_code", "booked_at", "booked_by",
            "changed_at", "changed_by", "change_reason", "checked_in_at", "version");
    static final List<String> TYPES = List.of("uuid", "uuid", "varchar", "varchar", "varchar", "varchar",
            "timestamptz", "timestamptz", "varchar", "varchar", "uuid", "varchar", "varchar", "timestamptz", "varchar",
            "timestamptz", "varchar", "varchar", "timestamptz", "bigint");

    private AppointmentPush() {
    }

    /** One batch; returns how many appointments went (0 when none were waiting). */
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
        String select = String.join(", ", COLUMNS.stream().map(c -> switch (c) {
            case "with_login" -> "k.owner";
            case "with_name" -> "k.name";
            default -> "a." + c;
        }).toList());
        try (PreparedStatement ps = office.prepareStatement("SELECT " + select + " FROM appointment a"
                + " JOIN agenda_calendar k ON k.id = a.calendar_id WHERE a.pushed_version < a.version"
                + " ORDER BY a.id LIMIT ?")) {
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
        StringBuilder update = new StringBuilder();
        for (String c : COLUMNS.subList(1, COLUMNS.size())) {
            update.append(update.isEmpty() ? "" : ", ").append(c).append(" = EXCLUDED.").append(c);
        }
        try (PreparedStatement ps = central.prepareStatement("INSERT INTO public.appointment (office_id, "
                + String.join(", ", COLUMNS) + ") VALUES (?, " + String.join(", ", Collections.nCopies(COLUMNS.size(),
                "?")) + ") ON CONFLICT (id) DO UPDATE SET " + update
                + " WHERE public.appointment.version < EXCLUDED.version")) {
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
        try (PreparedStatement ps = office.prepareStatement("UPDATE appointment SET pushed_version = ?"
                + " WHERE id = ? AND pushed_version < ?")) {
            for (Object[] row : rows) {
                Rows.bind(ps, 1, row[version], row[id], row[version]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}

package org.sportello.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Appointments and a dossier that changes office (ADR 36). The office a dossier leaves stops holding the slots of
 * its future appointments ({@link #release}); the office that takes it, or reads it, receives the appointments
 * other offices booked ({@link #take}): the future ones still open become "to be rebooked" here, the rest come as
 * history. Another office's appointments are read only through central's {@code dossier_fetch_appointments}, with a
 * reason central logs.
 */
final class MovedAppointments {
    /** Why the sync reads the appointments another office booked for a dossier this office now owns. */
    static final String TAKE_REASON = "sync: appointments booked at another office for a dossier moved to this office";
    /** Who releases the slots at the office a dossier left, as the appointment's history names it. */
    static final String RELEASED_BY = "office server (dossier moved)";

    private static final List<String> TYPES = List.of("varchar", "uuid", "uuid", "varchar", "varchar", "varchar",
            "timestamptz", "timestamptz", "varchar", "varchar", "uuid", "timestamptz", "varchar", "timestamptz",
            "varchar", "bigint");

    private MovedAppointments() {
    }

    /**
     * At the office a dossier left: its appointments still booked ahead stop holding their slots and become
     * TO_BE_REBOOKED (the new office books them again), each with a new version for the push. Past ones stay as
     * they are. No DOSSIER_CHANGED: the dossier is not this office's to change any more. Running it twice changes
     * nothing.
     *
     * @return how many appointments were released
     */
    static int release(Connection office, UUID personId, String toCode, Instant now) throws SQLException {
        try (PreparedStatement ps = office.prepareStatement("UPDATE appointment SET status = 'TO_BE_REBOOKED',"
                + " held = NULL, changed_at = ?, changed_by = ?, change_reason = ?, version = version + 1"
                + " WHERE person_id = ? AND status = 'BOOKED' AND starts_at > ?")) {
            OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
            Rows.bind(ps, 1, at, RELEASED_BY, "dossier moved to office " + toCode, personId, at);
            return ps.executeUpdate();
        }
    }

    /**
     * Reads every appointment central has for the citizen and keeps those other offices booked, under the local
     * dossier {@code personId}, inside the caller's office transaction. A new one is to be rebooked when this office
     * owns the dossier and it was still open (booked, or released by its office) and ahead at {@code now}; one seen
     * before keeps that decision and any rebooking made here, and takes the other office's newer status.
     * Central's log entry of the read is committed at once: the read happened whatever the office does next.
     *
     * @param reason why it is read (central refuses another office's rows without one, and logs it)
     * @return how many of other offices' appointments central has for the citizen
     */
    static int take(Connection central, Connection office, OfficeIdentity me, String taxCode, UUID personId,
                    boolean owned, String reason, Instant now) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        boolean auto = central.getAutoCommit();
        try (PreparedStatement ps = central.prepareStatement("SELECT office_code, appointment_id, person_id,"
                + " with_login, with_name, kind, starts_at, ends_at, status, bring, rebooked_to, booked_at, booked_by,"
                + " changed_at, change_reason, version FROM public.dossier_fetch_appointments(?, ?)")) {
            ps.setString(1, taxCode);
            ps.setString(2, reason);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] row = Rows.read(rs, TYPES);
                    if (!me.code().equalsIgnoreCase((String) row[0])) {
                        rows.add(row);
                    }
                }
            }
        }
        if (!auto) {
            central.commit();
        }
        for (Object[] r : rows) {
            merge(office, r, taxCode, personId, owned, now);
        }
        return rows.size();
    }

    private static void merge(Connection office, Object[] r, String taxCode, UUID personId, boolean owned, Instant now)
            throws SQLException {
        UUID id = (UUID) r[1];
        String status = (String) r[8];
        OffsetDateTime startsAt = (OffsetDateTime) r[6];
        boolean open = status.equals("BOOKED") || status.equals("TO_BE_REBOOKED");
        boolean toRebook = owned && open && startsAt.toInstant().isAfter(now);
        boolean known;
        try (PreparedStatement ps = office.prepareStatement("SELECT 1 FROM moved_appointment WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                known = rs.next();
            }
        }
        if (known) {
            // A copy read before the dossier was ours did not mark it; taking the dossier now does.
            try (PreparedStatement ps = office.prepareStatement("UPDATE moved_appointment SET person_id = ?,"
                    + " with_login = ?, with_name = ?, starts_at = ?, ends_at = ?, status = ?, bring = ?,"
                    + " central_version = ?, to_rebook = to_rebook OR (? AND rebooked_to IS NULL)"
                    + " WHERE id = ? AND central_version <= ?")) {
                Rows.bind(ps, 1, personId, r[3], r[4], r[6], r[7], status, r[9], r[15], toRebook, id, r[15]);
                ps.executeUpdate();
            }
            return;
        }
        try (PreparedStatement ps = office.prepareStatement("INSERT INTO moved_appointment (id, person_id, tax_code,"
                + " booked_at_code, with_login, with_name, kind, starts_at, ends_at, status, bring, central_version,"
                + " to_rebook, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Rows.bind(ps, 1, id, personId, taxCode, r[0], r[3], r[4], r[5], r[6], r[7], status, r[9], r[15], toRebook,
                    now.atOffset(ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }
}

package org.sportello.server.agenda;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.model.agenda.AppointmentStatus;
import org.sportello.model.agenda.MovedAppointment;

/** Reading the appointments that came with dossiers moved here (office V13_5, ADR 36) into the model's values. */
public final class MovedAppointmentRows {
    private static final String SELECT = "SELECT m.id, m.booked_at_code, m.tax_code, m.with_login, m.with_name,"
            + " m.kind, m.starts_at, m.ends_at, m.status, m.bring, m.to_rebook, m.rebooked_to, m.dismissed_at,"
            + " m.dismissed_by, m.dismiss_reason FROM moved_appointment m";

    private MovedAppointmentRows() {
    }

    /** A citizen's, earliest first. */
    public static List<MovedAppointment> ofPerson(Connection c, UUID person) throws SQLException {
        return read(c, " WHERE m.person_id = ? ORDER BY m.starts_at, m.id", person);
    }

    /** Every one still to be booked again here, earliest first. */
    static List<MovedAppointment> waiting(Connection c) throws SQLException {
        return read(c, " WHERE m.to_rebook AND m.rebooked_to IS NULL AND m.dismissed_at IS NULL"
                + " ORDER BY m.starts_at, m.id");
    }

    static List<MovedAppointment> byId(Connection c, UUID id, boolean lock) throws SQLException {
        return read(c, " WHERE m.id = ?" + (lock ? " FOR UPDATE" : ""), id);
    }

    private static List<MovedAppointment> read(Connection c, String where, Object... args) throws SQLException {
        List<MovedAppointment> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + where)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MovedAppointment(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), AppointmentKind.valueOf(rs.getString(6)),
                            AgendaRows.instant(rs, 7), AgendaRows.instant(rs, 8),
                            AppointmentStatus.valueOf(rs.getString(9)), rs.getString(10), rs.getBoolean(11),
                            rs.getObject(12, UUID.class), rs.getObject(13) == null ? null
                            : new MovedAppointment.Dismissal(AgendaRows.instant(rs, 13), rs.getString(14),
                            rs.getString(15))));
                }
            }
        }
        return out;
    }
}

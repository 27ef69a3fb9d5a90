package org.sportello.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.sportello.server.central.CentralLogin;

/** Reads the same facts from an office and from central, so a test compares them whole. */
final class CentralContents {
    /** event_id → office_seq, and ticket id → "status/version". */
    record Facts(Map<UUID, Long> events, Map<UUID, String> tickets, long eventRows) {
    }

    private CentralContents() {
    }

    static Facts ofOffice(DataSource office) throws SQLException {
        try (Connection c = office.getConnection()) {
            return read(c, "SELECT event_id, id FROM office_event", "SELECT id, status, version FROM ticket", null);
        }
    }

    static Facts atCentral(CentralLogin admin, UUID officeId) throws SQLException {
        try (Connection c = admin.connect()) {
            return read(c, "SELECT event_id, office_seq FROM office_event WHERE office_id = ?",
                    "SELECT id, status, version FROM ticket WHERE office_id = ?", officeId);
        }
    }

    private static Facts read(Connection c, String events, String tickets, UUID officeId) throws SQLException {
        Map<UUID, Long> e = new HashMap<>();
        long rows = 0;
        try (PreparedStatement ps = c.prepareStatement(events)) {
            if (officeId != null) {
                ps.setObject(1, officeId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    e.put(rs.getObject(1, UUID.class), rs.getLong(2));
                }
            }
        }
        Map<UUID, String> t = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(tickets)) {
            if (officeId != null) {
                ps.setObject(1, officeId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    t.put(rs.getObject(1, UUID.class), rs.getString(2) + "/" + rs.getLong(3));
                }
            }
        }
        return new Facts(e, t, rows);
    }
}

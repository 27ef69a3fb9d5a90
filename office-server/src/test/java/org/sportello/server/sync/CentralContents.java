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
    /**
     * event_id → office_seq; ticket id → "status/version"; protocol entry id → "code/status/version/PDF
     * hash/reprints/PDF bytes' hash" (the bytes hashed where they are stored).
     */
    record Facts(Map<UUID, Long> events, Map<UUID, String> tickets, long eventRows, Map<UUID, String> documents) {
    }

    private CentralContents() {
    }

    static Facts ofOffice(DataSource office) throws SQLException {
        try (Connection c = office.getConnection()) {
            return read(c, "SELECT event_id, id FROM office_event", "SELECT id, status, version FROM ticket", null,
                    documents(c, "", null));
        }
    }

    static Facts atCentral(CentralLogin admin, UUID officeId) throws SQLException {
        try (Connection c = admin.connect()) {
            return read(c, "SELECT event_id, office_seq FROM office_event WHERE office_id = ?",
                    "SELECT id, status, version FROM ticket WHERE office_id = ?", officeId,
                    documents(c, " AND f.office_id = e.office_id", officeId));
        }
    }

    /** The register with what hangs off each entry; central's archive_file is per office, hence {@code sameOffice}. */
    private static Map<UUID, String> documents(Connection c, String sameOffice, UUID officeId) throws SQLException {
        Map<UUID, String> d = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.code, e.status, e.version, a.pdf_sha256,"
                + " (SELECT count(*) FROM document_reprint r WHERE r.protocol_entry_id = e.id), f.content"
                + " FROM protocol_entry e LEFT JOIN archived_document a ON a.protocol_entry_id = e.id"
                + " LEFT JOIN archive_file f ON f.sha256 = a.pdf_sha256" + sameOffice
                + (officeId == null ? "" : " WHERE e.office_id = ?"))) {
            if (officeId != null) {
                ps.setObject(1, officeId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byte[] pdf = rs.getBytes(7);
                    d.put(rs.getObject(1, UUID.class), rs.getString(2) + "/" + rs.getString(3) + "/" + rs.getLong(4)
                            + "/" + rs.getString(5) + "/" + rs.getLong(6) + "/"
                            + (pdf == null ? null : org.sportello.model.protocol.DocumentHash.sha256(pdf).hex()));
                }
            }
        }
        return d;
    }

    private static Facts read(Connection c, String events, String tickets, UUID officeId, Map<UUID, String> documents)
            throws SQLException {
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
        return new Facts(e, t, rows, documents);
    }
}

package org.sportello.server.sync;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.sportello.model.sync.SyncFault;

/**
 * Who this office is and which schema its database is on (the highest Flyway version applied), read
 * before anything else so an office on an old schema is refused before the sync touches a table the
 * old schema does not have.
 */
public record OfficeIdentity(UUID id, String code, int schemaVersion) {

    static OfficeIdentity read(Connection office) throws SQLException {
        UUID id;
        String code;
        try (Statement s = office.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, code FROM office")) {
            if (!rs.next()) {
                throw SyncException.refused(SyncFault.OFFICE_NOT_SET_UP, "this database has no office yet: run \"sportello office init\" first");
            }
            id = rs.getObject(1, UUID.class);
            code = rs.getString(2);
            if (rs.next()) {
                throw SyncException.refused(SyncFault.OFFICE_NOT_SET_UP, "this database holds more than one office; the sync expects one");
            }
        }
        return new OfficeIdentity(id, code, schemaVersion(office));
    }

    private static int schemaVersion(Connection office) throws SQLException {
        int highest = 0;
        try (Statement s = office.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
            while (rs.next()) {
                String v = rs.getString(1);
                int dot = v.indexOf('.');
                highest = Math.max(highest, Integer.parseInt(dot < 0 ? v : v.substring(0, dot)));
            }
        }
        return highest;
    }
}

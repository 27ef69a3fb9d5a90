package org.sportello.server.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.UuidV7;
import org.sportello.model.person.PersonFile;

/** The case access log ({@code case_access}): who viewed or changed which part of whose case, and when. */
final class CaseAccess {
    enum Action {
        VIEW,
        CHANGE
    }

    enum Part {
        CASE,
        CASELOAD,
        DID,
        CASE_MANAGER,
        MEASURE,
        PACT
    }

    private CaseAccess() {
    }

    static void log(Connection c, Clock clock, OperatorSession session, PersonFile file, Action action, Part part)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_access (id, office_id, tax_code, operator_id,"
                + " at, action, part) VALUES (?, (SELECT id FROM office), ?, ?, ?, ?, ?)")) {
            ps.setObject(1, UuidV7.next(clock));
            ps.setString(2, file.codiceFiscale().canonical());
            ps.setObject(3, session.operatorId());
            ps.setObject(4, clock.instant().atOffset(ZoneOffset.UTC));
            ps.setString(5, action.name());
            ps.setString(6, part.name());
            ps.executeUpdate();
        }
    }
}

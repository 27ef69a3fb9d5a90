package org.sportello.server.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.Role;
import org.sportello.model.cases.CaseService;
import org.sportello.model.cases.MeasureKind;
import org.sportello.model.cases.Party;
import org.sportello.model.documents.DocumentDetails;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.DocumentService;
import org.sportello.model.protocol.Subject;
import org.sportello.model.setup.DemoPeople;

/**
 * The demo office's cases, so each case screen has real content: Mario Rossi taken in charge by mrossi, with
 * a printed pact, a talk done, a talk missed (overdue) and a workshop to come. The other demo citizens stay
 * as {@link DemoPeople} made them: registered without a DID (Sara Esposito), with a DID and no pact (Paolo
 * Conti). Runs once: a case already there is left alone.
 */
public final class DemoCaseSeed {
    private DemoCaseSeed() {
    }

    /** Returns whether it added the case (false when it was there already). */
    public static boolean seed(DataSource office, CaseService cases, DocumentService documents, LocalDate today) {
        CodiceFiscale mario = CodiceFiscale.of(DemoPeople.MARIO_ROSSI, today);
        OperatorSession mrossi = operator(office, "mrossi");
        if (cases.view(mrossi, mario).caseManager() != null) {
            return false;
        }
        LocalDate did = cases.view(mrossi, mario).did().declaredOn();
        cases.assign(mrossi, mario, null);
        var talk = cases.addMeasure(mrossi, mario, MeasureKind.ORIENTATION_INTERVIEW, did.plusDays(7),
                Party.CASE_MANAGER, "Colloquio di orientamento e profilo di occupabilità");
        cases.markMeasure(mrossi, mario, talk.measures().getFirst().id(), true);
        cases.addMeasure(mrossi, mario, MeasureKind.JOB_TALK, today.minusDays(10), Party.CASE_MANAGER,
                "Colloquio di monitoraggio: candidature inviate");
        cases.addMeasure(mrossi, mario, MeasureKind.WORKSHOP, today.plusDays(5), Party.CITIZEN,
                "Laboratorio di ricerca attiva: curriculum vitae");
        cases.addMeasure(mrossi, mario, MeasureKind.JOB_SEARCH_ACTION, today.plusDays(12), Party.CITIZEN,
                "Tre candidature a offerte di magazziniere");
        documents.issue(mrossi, DocumentKind.SERVICE_PACT, new Subject.Person(mario), DocumentDetails.NONE,
                Locale.ITALIAN);
        return true;
    }

    /** The demo operator as the server's own session would hold it: the seed runs inside the server. */
    private static OperatorSession operator(DataSource office, String login) {
        try (Connection c = office.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, display_name, role FROM operator WHERE login = ?")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("the demo office has no operator " + login);
                }
                return new OperatorSession(rs.getObject(1, UUID.class), login, rs.getString(2),
                        Role.valueOf(rs.getString(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the demo operators: " + e.getMessage(), e);
        }
    }
}

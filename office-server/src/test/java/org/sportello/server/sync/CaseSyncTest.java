package org.sportello.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.cases.CaseView;
import org.sportello.model.cases.DidChannel;
import org.sportello.model.cases.MeasureKind;
import org.sportello.model.cases.Party;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.server.central.CentralLogin;
import org.sportello.server.dossier.OfficeDossiers;
import org.sportello.server.testing.TestOffice;

/**
 * A citizen's case (DID with its channel, case manager, pact, measures) travels with the dossier: pushed by
 * its owner, taken along by a transfer, read by another office only as a read-only copy (ADR 29, ADR 18), on
 * a real PostgreSQL with the offices' own roles.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CaseSyncTest {
    private static final LocalDate TODAY = TestOffice.TUESDAY_MORNING.toLocalDate();
    private static final CodiceFiscale MARIO = CodiceFiscale.of("RSSMRA85T10A562S", TODAY);

    @TempDir
    Path dir;

    @Test
    void aTransferredDossierTakesItsDidPactAndPlanWithIt() throws SQLException {
        CentralLogin admin = CentralPostgres.initialised();
        try (TestOffice a = TestOffice.embedded(dir.resolve("a"), CentralPostgres.officeCode("KA"));
             TestOffice b = TestOffice.embedded(dir.resolve("b"), CentralPostgres.officeCode("KB"))) {
            CentralLogin loginA = CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, code(a)));
            CentralLogin loginB = CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, code(b)));
            new OfficeSync(ds(a), loginA).runOnce();
            new OfficeSync(ds(b), loginB).runOnce();

            new OfficeDossiers(ds(a), Clock.systemUTC()).register(MARIO, "Rossi", "Mario", "Roma", TODAY.minusYears(1));
            OperatorSession atA = a.login("mrossi");
            a.connection().cases().declareDid(atA, MARIO, TODAY.minusDays(40), DidChannel.ONLINE);
            a.connection().cases().assign(atA, MARIO, null);
            a.connection().cases().addMeasure(atA, MARIO, MeasureKind.JOB_TALK, TODAY.minusDays(3), Party.CASE_MANAGER,
                    "Colloquio di monitoraggio");
            a.connection().cases().addMeasure(atA, MARIO, MeasureKind.WORKSHOP, TODAY.plusDays(5), Party.CITIZEN,
                    "Laboratorio CV");
            new OfficeSync(ds(a), loginA).runOnce();
            assertThat(count(admin, "SELECT count(*) FROM person_case")).isEqualTo(1);
            assertThat(count(admin, "SELECT count(*) FROM pact_measure")).isEqualTo(2);
            assertThat(count(admin, "SELECT count(*) FROM availability_declaration WHERE channel = 'ONLINE'")).isEqualTo(1);

            // Office B reads it as a copy, with a reason; the case comes along and cannot be changed there.
            OperatorSession atB = b.login("gverdi");
            new CentralDossiers(ds(b), loginB, Clock.systemUTC()).pull(MARIO, "citizen at our desk");
            CaseView copy = b.connection().cases().view(atB, MARIO);
            assertThat(copy.caseManager().login()).isEqualTo("mrossi");
            assertThat(copy.measures()).hasSize(2);
            assertThatThrownBy(() -> b.connection().cases().addMeasure(atB, MARIO, MeasureKind.JOB_TALK, TODAY,
                    Party.CASE_MANAGER, "")).isInstanceOfSatisfying(SportelloException.class,
                    e -> assertThat(e.problem()).isEqualTo(Problem.DOSSIER_OF_ANOTHER_OFFICE));
            assertThat(count(admin, "SELECT count(*) FROM dossier_access WHERE part IN ('case', 'measures')")).isEqualTo(2);

            new CentralDossiers(ds(a), loginA, Clock.systemUTC()).transfer(MARIO, code(b), "moved to Bologna");
            new OfficeSync(ds(b), loginB).runOnce();
            CaseView atNewOwner = b.connection().cases().view(atB, MARIO);
            assertThat(atNewOwner.did().declaredOn()).isEqualTo(TODAY.minusDays(40));
            assertThat(atNewOwner.did().channel()).isEqualTo(DidChannel.ONLINE);
            assertThat(atNewOwner.caseManager().login()).isEqualTo("mrossi");
            assertThat(atNewOwner.measures()).extracting(m -> m.kind())
                    .containsExactly(MeasureKind.JOB_TALK, MeasureKind.WORKSHOP);
            assertThat(atNewOwner.standing().overdue()).hasSize(1);
            // The new owner carries on: it reassigns the case to one of its own operators.
            assertThat(b.connection().cases().assign(atB, MARIO, "lbianchi").caseManager().login()).isEqualTo("lbianchi");
            new OfficeSync(ds(b), loginB).runOnce();
            assertThat(count(admin, "SELECT count(*) FROM person_case WHERE case_manager_login = 'lbianchi'")).isEqualTo(1);
            assertThatThrownBy(() -> a.connection().cases().declareDid(atA, MARIO, TODAY, DidChannel.DESK))
                    .isInstanceOfSatisfying(SportelloException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.DOSSIER_OF_ANOTHER_OFFICE));
        }
    }

    @Test
    void anOfficeRoleSeesNoCaseOfAnotherOfficesDossier() throws SQLException {
        CentralLogin admin = CentralPostgres.initialised();
        try (TestOffice a = TestOffice.embedded(dir.resolve("a"), CentralPostgres.officeCode("KC"));
             TestOffice b = TestOffice.embedded(dir.resolve("b"), CentralPostgres.officeCode("KD"))) {
            CentralLogin loginA = CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, code(a)));
            CentralLogin loginB = CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, code(b)));
            new OfficeSync(ds(a), loginA).runOnce();
            new OfficeDossiers(ds(a), Clock.systemUTC()).register(MARIO, "Rossi", "Mario", "Roma", TODAY);
            OperatorSession atA = a.login("mrossi");
            a.connection().cases().assign(atA, MARIO, null);
            a.connection().cases().addMeasure(atA, MARIO, MeasureKind.WORKSHOP, TODAY, Party.CITIZEN, "Laboratorio");
            new OfficeSync(ds(a), loginA).runOnce();
            assertThat(count(loginA, "SELECT count(*) FROM pact_measure")).isEqualTo(1);
            assertThat(count(loginB, "SELECT count(*) FROM pact_measure")).isZero();
            assertThat(count(loginB, "SELECT count(*) FROM person_case")).isZero();
            try (Connection c = loginB.connect(); Statement s = c.createStatement()) {
                // Row security hides the row from B: the delete touches nothing.
                assertThat(s.executeUpdate("DELETE FROM person_case")).isZero();
                assertThat(count(admin, "SELECT count(*) FROM person_case")).isEqualTo(1);
            }
            assertThat(count(admin, "SELECT count(*) FROM pg_class WHERE relname IN ('person_case', 'pact_measure')"
                    + " AND relrowsecurity AND relforcerowsecurity")).isEqualTo(2);
        }
    }

    private static long count(CentralLogin login, String sql) throws SQLException {
        try (Connection c = login.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String code(TestOffice o) {
        return o.connection().directory().office().code();
    }

    private static DataSource ds(TestOffice o) {
        return o.connection().database().dataSource();
    }
}

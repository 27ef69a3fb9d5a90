package org.sportello.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.UuidV7;
import org.sportello.model.company.CompanyCommunication;
import org.sportello.model.company.ContractType;
import org.sportello.model.person.JobMovement;
import org.sportello.model.profile.ProfileFile;
import org.sportello.model.profile.SaveOutcome;
import org.sportello.model.setup.DemoPeople;
import org.sportello.server.central.CentralLogin;
import org.sportello.server.dossier.OfficeDossiers;
import org.sportello.server.profile.OfficeProfilesTest;
import org.sportello.server.testing.TestOffice;

/**
 * The citizen's file (profile, education, experience, skills, languages) travels with the dossier like its
 * case: pushed by the owner, read by another office only with a reason, taken along by a transfer. A company
 * communication stays the record of the office that took it: pushed with its stamped copy's protocol entry,
 * seen at central by that office alone. On a real PostgreSQL with the offices' own roles (central V4_2).
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class FileSyncTest {
    private static final LocalDate TODAY = TestOffice.TUESDAY_MORNING.toLocalDate();
    private static final CodiceFiscale MARIO = CodiceFiscale.of(OfficeProfilesTest.CF, TODAY);
    private static final String[] FILE_TABLES = {"person_profile", "person_education", "person_experience",
        "person_skill", "person_language"};

    @TempDir
    Path dir;

    @Test
    void theFileTravelsWithTheDossierAndTheCommunicationStaysWithItsOffice() throws SQLException {
        CentralLogin admin = CentralPostgres.initialised();
        try (TestOffice a = TestOffice.embedded(dir.resolve("a"), CentralPostgres.officeCode("FA"));
             TestOffice b = TestOffice.embedded(dir.resolve("b"), CentralPostgres.officeCode("FB"))) {
            CentralLogin loginA = CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, code(a)));
            CentralLogin loginB = CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, code(b)));
            new OfficeSync(ds(a), loginA).runOnce();
            new OfficeSync(ds(b), loginB).runOnce();

            new OfficeDossiers(ds(a), Clock.systemUTC()).register(MARIO, "Rossi", "Mario", "Bologna", TODAY.minusYears(1));
            OperatorSession atA = a.login("mrossi");
            assertThat(a.connection().profiles().save(atA, OfficeProfilesTest.fresh("Bologna", "BO")))
                    .isInstanceOf(SaveOutcome.Saved.class);
            var recorded = a.connection().communications().record(atA, hiring());
            new OfficeSync(ds(a), loginA).runOnce();

            assertThat(count(admin, "SELECT count(*) FROM person_profile WHERE phone = '+39 051 000000'")).isEqualTo(1);
            assertThat(count(admin, "SELECT count(*) FROM person_education WHERE title = 'DIPLOMA_SUPERIORE'")).isEqualTo(1);
            assertThat(count(admin, "SELECT count(*) FROM person_experience WHERE occupation_code = '432'")).isEqualTo(1);
            assertThat(count(admin, "SELECT count(*) FROM person_skill")).isEqualTo(2);
            assertThat(count(admin, "SELECT count(*) FROM person_language WHERE cefr = 'B1'")).isEqualTo(1);
            // The stamped copy's link came after the record: it went as the row's second version.
            assertThat(count(admin, "SELECT count(*) FROM company_communication WHERE worker_tax_code = '"
                    + MARIO.canonical() + "' AND protocol_entry_id = '" + recorded.stampedCopy().entry().id()
                    + "' AND version = 2 AND office_id = '" + id(a) + "'")).isEqualTo(1);
            assertThat(new OfficeSync(ds(a), loginA).runOnce().eventsPushed()).as("nothing left to send").isZero();
            assertThat(count(admin, "SELECT count(*) FROM company_communication")).isEqualTo(1);

            // Office B reads the file as a copy, with a reason logged per part; it cannot change it there.
            OperatorSession atB = b.login("gverdi");
            new CentralDossiers(ds(b), loginB, Clock.systemUTC()).pull(MARIO, "citizen at our desk");
            ProfileFile copy = b.connection().profiles().open(atB, MARIO).orElseThrow();
            assertThat(copy.editable()).isFalse();
            assertThat(copy.profile().personal().phone()).isEqualTo("+39 051 000000");
            assertThat(copy.profile().professional().skills()).containsExactly("Muletto", "Inventario");
            assertThat(count(admin, "SELECT count(DISTINCT part) FROM dossier_access WHERE part IN ('profile',"
                    + " 'education', 'experience', 'skills', 'languages')")).isEqualTo(5);

            new CentralDossiers(ds(a), loginA, Clock.systemUTC()).transfer(MARIO, code(b), "moved");
            new OfficeSync(ds(b), loginB).runOnce();
            ProfileFile owned = b.connection().profiles().open(atB, MARIO).orElseThrow();
            assertThat(owned.editable()).isTrue();
            assertThat(owned.profile().professional().experience()).singleElement()
                    .satisfies(x -> assertThat(x.employer()).isEqualTo("Officine Felsinee"));
            // The new owner edits the file and the edit reaches central.
            assertThat(b.connection().profiles().save(atB, owned.profile().with(owned.profile().personal()
                    .withPhone("+39 051 999999")))).isInstanceOf(SaveOutcome.Saved.class);
            new OfficeSync(ds(b), loginB).runOnce();
            assertThat(count(admin, "SELECT count(*) FROM person_profile WHERE phone = '+39 051 999999'"
                    + " AND office_id = '" + id(b) + "'")).isEqualTo(1);

            // The communication is still A's: B never sees it, A still does.
            assertThat(count(loginB, "SELECT count(*) FROM company_communication")).isZero();
            assertThat(count(loginA, "SELECT count(*) FROM company_communication")).isEqualTo(1);
        }
    }

    @Test
    void anOfficeRoleCannotReadOrWriteAnotherOfficesFileOrCommunications() throws SQLException {
        CentralLogin admin = CentralPostgres.initialised();
        try (TestOffice a = TestOffice.embedded(dir.resolve("a"), CentralPostgres.officeCode("FC"));
             TestOffice b = TestOffice.embedded(dir.resolve("b"), CentralPostgres.officeCode("FD"))) {
            CentralLogin loginA = CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, code(a)));
            CentralLogin loginB = CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, code(b)));
            new OfficeSync(ds(a), loginA).runOnce();
            new OfficeSync(ds(b), loginB).runOnce();
            new OfficeDossiers(ds(a), Clock.systemUTC()).register(MARIO, "Rossi", "Mario", "Bologna", TODAY);
            OperatorSession atA = a.login("mrossi");
            a.connection().profiles().save(atA, OfficeProfilesTest.fresh("Bologna", "BO"));
            a.connection().communications().record(atA, hiring());
            new OfficeSync(ds(a), loginA).runOnce();

            for (String table : FILE_TABLES) {
                assertThat(count(loginA, "SELECT count(*) FROM " + table)).as(table + " seen by its owner").isPositive();
                assertThat(count(loginB, "SELECT count(*) FROM " + table)).as(table + " seen by another").isZero();
            }
            assertThat(count(loginA, "SELECT count(*) FROM company_communication")).isEqualTo(1);
            assertThat(count(loginB, "SELECT count(*) FROM company_communication")).isZero();
            try (Connection c = loginB.connect(); Statement s = c.createStatement()) {
                // Row security hides A's rows from B: updates and deletes touch nothing.
                assertThat(s.executeUpdate("DELETE FROM person_profile")).isZero();
                assertThat(s.executeUpdate("UPDATE company_communication SET late = NOT late")).isZero();
            }
            // B cannot write a row in A's name, nor a file row for A's dossier.
            UUID person = personId(admin);
            try (Connection c = loginB.connect();
                 PreparedStatement ps = c.prepareStatement("INSERT INTO company_communication (office_id, id, kind,"
                         + " employer_tax_code, employer_name, person_id, worker_tax_code, event_on, contract_type,"
                         + " occupation_code, pages, handed_in_on, deadline_on, late, job_movement_id, operator_id,"
                         + " recorded_at, version) VALUES (?, ?, 'HIRING', '01234567897', 'X', ?, ?, DATE '2026-11-24',"
                         + " 'OPEN_ENDED', '411', 1, DATE '2026-11-24', DATE '2026-11-23', TRUE, ?, ?, now(), 1)")) {
                Object[] values = {id(a), UuidV7.next(), person, MARIO.canonical(), UuidV7.next(), UuidV7.next()};
                for (int i = 0; i < values.length; i++) {
                    ps.setObject(i + 1, values[i]);
                }
                assertThatThrownBy(ps::executeUpdate).isInstanceOf(SQLException.class)
                        .hasMessageContaining("row-level security");
            }
            try (Connection c = loginB.connect();
                 PreparedStatement ps = c.prepareStatement("INSERT INTO person_skill (office_id, person_id, position,"
                         + " skill) VALUES (?, ?, 9, 'Intrusione')")) {
                ps.setObject(1, id(b));
                ps.setObject(2, person);
                assertThatThrownBy(ps::executeUpdate).isInstanceOf(SQLException.class)
                        .hasMessageContaining("row-level security");
            }
            assertThat(count(admin, "SELECT count(*) FROM person_skill")).isEqualTo(2);
            assertThat(count(admin, "SELECT count(*) FROM pg_class WHERE relname IN ('person_profile',"
                    + " 'person_education', 'person_experience', 'person_skill', 'person_language',"
                    + " 'company_communication') AND relrowsecurity AND relforcerowsecurity")).isEqualTo(6);
        }
    }

    private static CompanyCommunication hiring() {
        return new CompanyCommunication(JobMovement.Kind.HIRING, DemoPeople.FELSINEE_VAT, DemoPeople.FELSINEE,
                MARIO.canonical(), "Rossi", "Mario", TODAY.plusDays(7), null, ContractType.OPEN_ENDED, "411", 2);
    }

    private static UUID personId(CentralLogin admin) throws SQLException {
        try (Connection c = admin.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM person WHERE tax_code = '" + MARIO.canonical() + "'")) {
            rs.next();
            return rs.getObject(1, UUID.class);
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

    private static UUID id(TestOffice o) {
        return o.connection().directory().office().id();
    }

    private static DataSource ds(TestOffice o) {
        return o.connection().database().dataSource();
    }
}

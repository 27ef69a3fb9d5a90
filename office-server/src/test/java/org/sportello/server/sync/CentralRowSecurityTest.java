package org.sportello.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sportello.model.common.UuidV7;
import org.sportello.server.central.CentralLogin;
import org.sportello.server.central.OfficeCredentials;
import org.sportello.server.central.OfficeRoles;

/**
 * The escapes issue 10 found in central's row security (ADR 0027), replayed as an office role: a temporary
 * table named {@code office} that claims another office's id, reading another office's dossier with no reason,
 * locking it, and filing review entries about it. Each must fail and leave the other office's rows as they were.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CentralRowSecurityTest {
    private static final String CITIZEN_OF_B = "RSSMRA85T10A562S";

    private CentralLogin admin;
    private OfficeCredentials credentialsA;
    private OfficeCredentials credentialsB;
    private CentralLogin officeA;
    private CentralLogin officeB;
    private final UUID idA = UuidV7.next();
    private final UUID idB = UuidV7.next();
    private final UUID personB = UuidV7.next();

    @BeforeEach
    void officeBHasTicketsAndADossier() throws SQLException {
        admin = CentralPostgres.initialised();
        credentialsA = CentralPostgres.addOffice(admin, CentralPostgres.officeCode("RA"));
        credentialsB = CentralPostgres.addOffice(admin, CentralPostgres.officeCode("RB"));
        officeA = CentralPostgres.officeLogin(admin, credentialsA);
        officeB = CentralPostgres.officeLogin(admin, credentialsB);
        bind(officeA, idA);
        bind(officeB, idB);
        try (Connection c = officeB.connect()) {
            insertTicket(c, idB, 1, CITIZEN_OF_B, "PREGNANCY");
            insertTicket(c, idB, 2, "BNCNNA90A41F205W", "DISABILITY");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO person (id, owner_office_id, tax_code, family_name,"
                    + " given_names, birth_date, sex, birth_place_code, created_at, updated_at, version, updated_by_office)"
                    + " VALUES (?, ?, ?, 'Rossi', 'Mario', DATE '1985-12-10', 'M', 'A562', now(), now(), 1, ?)")) {
                ps.setObject(1, personB);
                ps.setObject(2, idB);
                ps.setString(3, CITIZEN_OF_B);
                ps.setObject(4, idB);
                ps.executeUpdate();
            }
        }
    }

    @Test
    void aTemporaryTableNamedOfficeNoLongerImpersonatesAnotherOffice() throws SQLException {
        List<String> leaked = attemptImpersonation();
        assertThat(leaked).as("what office A learnt or changed of office B's rows").isEmpty();
        assertThat(bStillIntact()).isTrue();
    }

    @Test
    void evenWithTemporaryTablesGrantedByMistakeTheFunctionsNeverLookAtThem() throws SQLException {
        try (Connection c = admin.connect(); Statement s = c.createStatement()) {
            s.execute("GRANT TEMPORARY ON DATABASE " + c.getCatalog() + " TO " + credentialsA.role());
        }
        List<String> leaked = attemptImpersonation();
        assertThat(leaked).as("schema-qualified names and a fixed search_path ignore pg_temp").isEmpty();
        assertThat(bStillIntact()).isTrue();
    }

    @Test
    void noOfficeRoleMayCreateTemporaryTablesAndEveryFunctionFixesItsSearchPath() throws SQLException {
        try (Connection c = admin.connect(); Statement s = c.createStatement()) {
            for (String role : new String[] {"public", OfficeRoles.GROUP_ROLE, credentialsA.role(), credentialsB.role()}) {
                try (ResultSet rs = s.executeQuery("SELECT has_database_privilege(" + (role.equals("public")
                        ? "'public'" : "'" + role + "'") + ", current_database(), 'TEMPORARY')")) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).as("TEMPORARY for " + role).isFalse();
                }
            }
            List<String> loose = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT p.oid::regprocedure::text, p.proconfig FROM pg_proc p"
                    + " WHERE p.pronamespace = 'public'::regnamespace")) {
                int functions = 0;
                while (rs.next()) {
                    functions++;
                    String config = rs.getString(2);
                    if (config == null || !config.contains("search_path=pg_catalog, public, pg_temp")) {
                        loose.add(rs.getString(1) + " " + config);
                    }
                }
                assertThat(functions).isGreaterThanOrEqualTo(12);
            }
            assertThat(loose).as("functions whose search_path is not pg_catalog, public, pg_temp").isEmpty();
        }
    }

    @Test
    void anotherOfficesDossierIsReadOnlyWithAReasonAndEveryPartReadIsLogged() throws SQLException {
        try (Connection c = officeA.connect(); Statement s = c.createStatement()) {
            for (String read : new String[] {"SELECT * FROM dossier_fetch_person('" + CITIZEN_OF_B + "')",
                    "SELECT * FROM dossier_fetch_declarations('" + CITIZEN_OF_B + "')",
                    "SELECT * FROM dossier_fetch_movements('" + CITIZEN_OF_B + "')",
                    "SELECT * FROM dossier_head('" + CITIZEN_OF_B + "', FALSE)",
                    "SELECT * FROM dossier_fetch_person('" + CITIZEN_OF_B + "', '   ')"}) {
                assertThatThrownBy(() -> s.executeQuery(read)).as(read).isInstanceOf(SQLException.class)
                        .hasMessageContaining("needs a reason");
            }
            try (ResultSet rs = s.executeQuery("SELECT family_name FROM dossier_fetch_person('" + CITIZEN_OF_B
                    + "', 'citizen asked at our desk for a certificate')")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Rossi");
            }
            s.executeQuery("SELECT * FROM dossier_fetch_declarations('" + CITIZEN_OF_B + "', 'same visit')").close();
            s.executeQuery("SELECT * FROM dossier_head('" + CITIZEN_OF_B + "', FALSE, 'same visit')").close();
        }
        try (Connection c = officeB.connect(); Statement s = c.createStatement()) {
            s.executeQuery("SELECT * FROM dossier_fetch_person('" + CITIZEN_OF_B + "')").close();
        }
        try (Connection c = admin.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT office_id, role_name, person_id, part, reason FROM dossier_access"
                     + " ORDER BY id")) {
            List<String> log = new ArrayList<>();
            while (rs.next()) {
                log.add(rs.getObject(1) + "|" + rs.getString(2) + "|" + rs.getObject(3) + "|" + rs.getString(4) + "|"
                        + rs.getString(5));
            }
            String who = idA + "|" + credentialsA.role() + "|" + personB + "|";
            assertThat(log).as("one place, one row per part read; the owner reading its own is not another's read")
                    .containsExactly(who + "person|citizen asked at our desk for a certificate",
                            who + "declarations|same visit", who + "head|same visit");
        }
    }

    @Test
    void onlyTheOwnerMayLockItsDossier() throws SQLException {
        try (Connection c = officeA.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            assertThatThrownBy(() -> s.executeQuery("SELECT * FROM dossier_head('" + CITIZEN_OF_B + "', TRUE,"
                    + " 'to lock it')")).isInstanceOf(SQLException.class).hasMessageContaining("only its owner");
            c.rollback();
        }
        try (Connection c = officeB.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try (ResultSet rs = s.executeQuery("SELECT version FROM dossier_head('" + CITIZEN_OF_B + "', TRUE)")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(1);
            }
            c.rollback();
        }
    }

    @Test
    void anOfficeCannotFileReviewEntriesAboutAnotherOfficesDossier() throws SQLException {
        try (Connection c = officeA.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO sync_review (office_id, office_code, event_id, person_id,"
                    + " tax_code, reason, base_version, owner_office_id, owner_code, central_version, office_copy) VALUES ('"
                    + idA + "', '" + credentialsA.officeCode() + "', '" + UuidV7.next() + "', '" + personB + "', '"
                    + CITIZEN_OF_B + "', 'OWNED_ELSEWHERE', 1, '" + idB + "', '" + credentialsB.officeCode() + "', 1,"
                    + " '{\"family_name\": \"Forged\"}')")).as("a direct insert")
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeQuery("SELECT sync_review_file('" + UuidV7.next() + "', '" + personB
                    + "', '" + CITIZEN_OF_B + "', 'OWNED_ELSEWHERE', 1, '{\"family_name\": \"Forged\"}')"))
                    .as("through the function, about a dossier A never held").isInstanceOf(SQLException.class)
                    .hasMessageContaining("never held");
            assertThatThrownBy(() -> s.executeQuery("SELECT sync_review_file('" + UuidV7.next() + "', '" + personB
                    + "', '" + CITIZEN_OF_B + "', 'CHANGED_ELSEWHERE', 1, '{\"family_name\": \"Forged\"}')"))
                    .as("claiming to own it").isInstanceOf(SQLException.class).hasMessageContaining("does not own");
        }
        try (Connection c = admin.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sync_review")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    /** The attack of issue 10, step by step; returns what it got hold of (nothing, once central is fixed). */
    private List<String> attemptImpersonation() throws SQLException {
        List<String> leaked = new ArrayList<>();
        try (Connection c = officeA.connect(); Statement s = c.createStatement()) {
            try {
                s.execute("CREATE TEMP TABLE office (code VARCHAR(16), role_name VARCHAR(63), office_id UUID)");
            } catch (SQLException refused) {
                assertThat(refused.getMessage()).contains("permission denied");
                return leaked;
            }
            s.execute("INSERT INTO office VALUES ('" + credentialsA.officeCode() + "', current_user, '" + idB + "')");
            try (ResultSet rs = s.executeQuery("SELECT citizen_tax_code, priority FROM ticket WHERE office_id = '"
                    + idB + "'")) {
                while (rs.next()) {
                    leaked.add("read ticket " + rs.getString(1) + " " + rs.getString(2));
                }
            }
            int updated = s.executeUpdate("UPDATE person SET family_name = 'Hijacked' WHERE owner_office_id = '"
                    + idB + "'");
            if (updated > 0) {
                leaked.add("updated " + updated + " citizen(s)");
            }
        }
        return leaked;
    }

    private boolean bStillIntact() throws SQLException {
        try (Connection c = admin.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT family_name FROM person WHERE id = '" + personB + "'")) {
            return rs.next() && rs.getString(1).equals("Rossi");
        }
    }

    private static void bind(CentralLogin office, UUID id) throws SQLException {
        try (Connection c = office.connect(); PreparedStatement ps = c.prepareStatement(
                "UPDATE office SET office_id = ? WHERE role_name = current_user")) {
            ps.setObject(1, id);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    private static void insertTicket(Connection c, UUID office, int number, String taxCode, String priority)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ticket (id, office_id, service_id, issued_service_id,"
                + " service_day, number, code, kind, priority, status, language, issued_at, queued_since, recall_count,"
                + " citizen_tax_code, version) VALUES (?, ?, ?, ?, current_date, ?, ?, 'WALK_IN', ?, 'WAITING', 'it',"
                + " now(), now(), 0, ?, 1)")) {
            UUID service = UuidV7.next();
            ps.setObject(1, UuidV7.next());
            ps.setObject(2, office);
            ps.setObject(3, service);
            ps.setObject(4, service);
            ps.setInt(5, number);
            ps.setString(6, "B" + String.format("%03d", number));
            ps.setString(7, priority);
            ps.setString(8, taxCode);
            ps.executeUpdate();
        }
    }
}

package org.sportello.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sportello.model.common.UuidV7;
import org.sportello.server.central.CentralLogin;
import org.sportello.server.central.OfficeCredentials;

/**
 * Row-level security with the office roles themselves, never the superuser: office A can neither read
 * nor write office B's rows, even with hand-written SQL, and reads the shared catalogue without being
 * able to change it.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CentralIsolationTest {
    private CentralLogin admin;
    private CentralLogin officeA;
    private CentralLogin officeB;
    private final UUID idA = UuidV7.next();
    private final UUID idB = UuidV7.next();
    private OfficeCredentials credentialsA;

    @BeforeEach
    void twoOfficesWithRows() throws SQLException {
        admin = CentralPostgres.initialised();
        credentialsA = CentralPostgres.addOffice(admin, CentralPostgres.officeCode("IA"));
        OfficeCredentials b = CentralPostgres.addOffice(admin, CentralPostgres.officeCode("IB"));
        officeA = CentralPostgres.officeLogin(admin, credentialsA);
        officeB = CentralPostgres.officeLogin(admin, b);
        // Each office binds its own id, as its first handshake would, then writes as itself.
        bind(officeA, idA);
        bind(officeB, idB);
        try (Connection c = officeA.connect()) {
            insertTicket(c, UuidV7.next(), idA, "A001");
        }
        try (Connection c = officeB.connect()) {
            insertTicket(c, UuidV7.next(), idB, "B001");
            insertTicket(c, UuidV7.next(), idB, "B002");
            insertEvent(c, idB, 1);
        }
        try (Connection c = admin.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO catalog_service (id, code, name_it, name_en, area) VALUES ('"
                    + UuidV7.next() + "', 'DID', 'Dichiarazione di disponibilità', 'Availability statement', 'PERSONS')");
        }
    }

    @Test
    void officeRolesAreOrdinaryLoginsAndEveryTableForcesRowSecurity() throws SQLException {
        try (Connection c = admin.connect(); Statement s = c.createStatement()) {
            ResultSet role = s.executeQuery("SELECT rolsuper, rolbypassrls, rolcreaterole, rolcanlogin FROM pg_roles"
                    + " WHERE rolname = '" + credentialsA.role() + "'");
            assertThat(role.next()).isTrue();
            assertThat(role.getBoolean(1)).as("superuser").isFalse();
            assertThat(role.getBoolean(2)).as("bypassrls").isFalse();
            assertThat(role.getBoolean(3)).as("createrole").isFalse();
            assertThat(role.getBoolean(4)).as("login").isTrue();

            ResultSet tables = s.executeQuery("SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class"
                    + " WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relname <> 'flyway_schema_history'"
                    + " ORDER BY relname");
            int count = 0;
            while (tables.next()) {
                count++;
                assertThat(tables.getBoolean(2)).as(tables.getString(1) + " enabled").isTrue();
                assertThat(tables.getBoolean(3)).as(tables.getString(1) + " forced").isTrue();
            }
            assertThat(count).as("V1's five tables, V2's six (dossiers, transfers, accesses, reviews), V2.7's five"
                    + " (register and archive), V4.1's two (cases and their pact measures) and V4.2's six (the citizen's"
                    + " file in five, company communications), V5.1's appointments and V5.2's published vacancies")
                    .isEqualTo(26);
        }
    }

    @Test
    void anOfficeReadsOnlyItsOwnRowsAndTheSharedCatalogue() throws SQLException {
        try (Connection c = officeA.connect(); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM ticket")).isEqualTo(1);
            assertThat(count(s, "SELECT count(*) FROM ticket WHERE office_id = '" + idB + "'")).isZero();
            assertThat(count(s, "SELECT count(*) FROM office_event")).isZero();
            assertThat(count(s, "SELECT count(*) FROM office")).as("the registry shows only itself").isEqualTo(1);
            assertThat(count(s, "SELECT count(*) FROM catalog_service")).isEqualTo(1);
            // A policy cannot be side-stepped by a function, a join, or a look at the table as a whole.
            assertThat(count(s, "SELECT count(*) FROM ticket t JOIN office o ON true")).isEqualTo(1);
        }
        try (Connection c = admin.connect(); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM ticket")).as("the owner sees everything").isEqualTo(3);
        }
    }

    @Test
    void anOfficeCannotWriteAnotherOfficesRowsEvenByHand() throws SQLException {
        try (Connection c = officeA.connect(); Statement s = c.createStatement()) {
            UUID bTicket = firstTicketOf(idB);
            assertThatThrownBy(() -> insertTicket(c, UuidV7.next(), idB, "B999"))
                    .as("insert as B").isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            assertThat(s.executeUpdate("UPDATE ticket SET status = 'DONE' WHERE office_id = '" + idB + "'"))
                    .as("B's rows are invisible to an update").isZero();
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM ticket"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> upsertOver(c, bTicket, idA))
                    .as("upsert onto B's ticket id").isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE ticket SET office_id = '" + idB + "'"))
                    .as("moving its own row to B").isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO catalog_service (id, code, name_it, name_en, area)"
                    + " VALUES ('" + UuidV7.next() + "', 'X', 'x', 'x', 'PERSONS')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE office SET office_id = '" + idB + "'"))
                    .as("rebinding to B").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("ALTER TABLE ticket DISABLE ROW LEVEL SECURITY"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("must be owner");
            assertThatThrownBy(() -> s.execute("SET ROLE postgres")).isInstanceOf(SQLException.class);
        }
        try (Connection c = admin.connect(); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM ticket WHERE office_id = '" + idB + "' AND status = 'WAITING'"
                    + " AND version = 1")).as("B's tickets untouched").isEqualTo(2);
            assertThat(count(s, "SELECT count(*) FROM ticket WHERE office_id = '" + idA + "'")).isEqualTo(1);
            assertThat(count(s, "SELECT count(*) FROM catalog_service")).isEqualTo(1);
        }
    }

    @Test
    void anOfficeNeitherReadsNorWritesAnotherOfficesRegisterAndArchive() throws SQLException {
        UUID entryB = UuidV7.next();
        String pdfHash = org.sportello.model.protocol.DocumentHash.sha256("B's PDF".getBytes()).hex();
        try (Connection c = officeB.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO protocol_entry (id, office_id, protocol_year, number, code, kind, subject_kind,"
                    + " subject_code, title, document_sha256, operator_id, registered_at, status, version) VALUES ('"
                    + entryB + "', '" + idB + "', 2026, 1, 'IB-2026-000001', 'CERTIFICATE_ISSUED', 'PERSON',"
                    + " 'RSSMRA85T10A562S', 'Certificato', '" + pdfHash + "', '" + UuidV7.next() + "', now(),"
                    + " 'REGISTERED', 1)");
            s.executeUpdate("INSERT INTO archive_file (office_id, sha256, media_type, size_bytes, content, stored_at)"
                    + " VALUES ('" + idB + "', '" + pdfHash + "', 'application/pdf', 7, convert_to('B''s PDF', 'UTF8'),"
                    + " now())");
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO archive_file (office_id, sha256, media_type,"
                    + " size_bytes, content, stored_at) VALUES ('" + idB + "', '" + "0".repeat(64) + "',"
                    + " 'application/pdf', 3, convert_to('bad', 'UTF8'), now())"))
                    .as("bytes that do not match their hash").hasMessageContaining("archive_file_content_ck");
        }
        try (Connection c = officeA.connect(); Statement s = c.createStatement()) {
            for (String table : new String[] {"protocol_entry", "archive_file", "archived_document", "document_reprint",
                    "scanned_page"}) {
                assertThat(count(s, "SELECT count(*) FROM " + table)).as(table + " as seen by A").isZero();
            }
            assertThat(s.executeUpdate("UPDATE protocol_entry SET status = 'ANNULLED'")).isZero();
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO archived_document (protocol_entry_id, office_id,"
                    + " pdf_sha256, archived_at) VALUES ('" + entryB + "', '" + idB + "', '" + pdfHash + "', now())"))
                    .as("filing into B's archive").hasMessageContaining("row-level security");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM archive_file"))
                    .hasMessageContaining("permission denied");
        }
        try (Connection c = admin.connect(); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM protocol_entry WHERE status = 'REGISTERED'")).isEqualTo(1);
            assertThat(count(s, "SELECT count(*) FROM archived_document")).isZero();
        }
    }

    private UUID firstTicketOf(UUID office) throws SQLException {
        try (Connection c = admin.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM ticket WHERE office_id = '" + office + "' LIMIT 1")) {
            rs.next();
            return rs.getObject(1, UUID.class);
        }
    }

    private static void bind(CentralLogin office, UUID id) throws SQLException {
        try (Connection c = office.connect(); PreparedStatement ps = c.prepareStatement(
                "UPDATE office SET office_id = ? WHERE role_name = current_user")) {
            ps.setObject(1, id);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    static void insertTicket(Connection c, UUID id, UUID office, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ticket (id, office_id, service_id, issued_service_id,"
                + " service_day, number, code, kind, priority, status, language, issued_at, queued_since, recall_count,"
                + " version) VALUES (?, ?, ?, ?, current_date, ?, ?, 'WALK_IN', 'STANDARD', 'WAITING', 'it', now(), now(),"
                + " 0, 1)")) {
            UUID service = UuidV7.next();
            ps.setObject(1, id);
            ps.setObject(2, office);
            ps.setObject(3, service);
            ps.setObject(4, service);
            ps.setInt(5, Integer.parseInt(code.substring(1)));
            ps.setString(6, code);
            ps.executeUpdate();
        }
    }

    private static void upsertOver(Connection c, UUID ticketId, UUID office) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ticket (id, office_id, service_id, issued_service_id,"
                + " service_day, number, code, kind, priority, status, language, issued_at, queued_since, recall_count,"
                + " version) VALUES (?, ?, ?, ?, current_date, 77, 'A077', 'WALK_IN', 'STANDARD', 'DONE', 'it', now(),"
                + " now(), 0, 99) ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, version = EXCLUDED.version"
                + " WHERE ticket.version < EXCLUDED.version")) {
            UUID service = UuidV7.next();
            ps.setObject(1, ticketId);
            ps.setObject(2, office);
            ps.setObject(3, service);
            ps.setObject(4, service);
            ps.executeUpdate();
        }
    }

    private static void insertEvent(Connection c, UUID office, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO office_event (event_id, office_id, office_seq,"
                + " occurred_at, type) VALUES (?, ?, ?, now(), 'TICKET_ISSUED')")) {
            ps.setObject(1, UuidV7.next());
            ps.setObject(2, office);
            ps.setLong(3, seq);
            ps.executeUpdate();
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

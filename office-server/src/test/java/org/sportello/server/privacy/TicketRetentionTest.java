package org.sportello.server.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.setup.OfficeSetup;
import org.sportello.model.setup.OfficeSetupFile;
import org.sportello.server.central.CentralLogin;
import org.sportello.server.sync.CentralPostgres;
import org.sportello.server.sync.OfficeSync;
import org.sportello.server.testing.TestOffice;

/** A ticket's codice fiscale and priority class are erased after the office's days, here and on central. */
@Timeout(value = 400, unit = TimeUnit.SECONDS)
class TicketRetentionTest {
    private static final String CF = "RSSMRA85T10A562S";

    @TempDir
    Path dir;

    @Test
    void afterThirtyDaysTheCodiceFiscaleAndPriorityAreGoneFromTheOfficeAndCentralAndCountsStay() throws Exception {
        CentralLogin admin = CentralPostgres.initialised();
        try (TestOffice office = TestOffice.embedded(dir, CentralPostgres.officeCode("RET"))) {
            OfficeSync sync = new OfficeSync(office(office), CentralPostgres.officeLogin(admin,
                    CentralPostgres.addOffice(admin, office.connection().directory().office().code())));
            var queue = office.connection().queue();
            queue.issue(new IssueRequest("A", PriorityClass.PREGNANCY, "it", UUID.randomUUID().toString())
                    .withCitizen(CF));
            queue.issue(new IssueRequest("A", PriorityClass.STANDARD, "it", UUID.randomUUID().toString()));
            // An offer the citizen took from the terminal to the desk: what they looked for goes with the ticket.
            try (Connection c = office(office).getConnection(); PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO ticket_item (ticket_id, position, item_kind, item_ref) SELECT id, 0, 'JOB_OFFER',"
                            + " 'BO-0001' FROM ticket WHERE citizen_tax_code = ?")) {
                ps.setString(1, CF);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            queue.closeDay(office.login("gverdi"));
            sync.runOnce();
            assertThat(count(admin, "SELECT COUNT(*) FROM ticket WHERE citizen_tax_code = '" + CF + "'"))
                    .as("central had it before").isEqualTo(1);
            assertThat(count(admin, "SELECT COUNT(*) FROM office_event WHERE detail = 'PREGNANCY'")).isEqualTo(1);

            office.clock().advance(Duration.ofDays(30));
            assertThat(TicketRetention.runNow(office.connection(), office.clock()).tickets())
                    .as("day 30 after the ticket's day: still kept").isZero();
            assertThat(count(office(office), "SELECT COUNT(*) FROM privacy_erasure")).as("nothing to log").isZero();

            office.clock().advance(Duration.ofDays(1));
            Erasure erased = TicketRetention.runNow(office.connection(), office.clock());
            assertThat(erased.tickets()).isEqualTo(2);
            assertThat(erased.events()).as("the TICKET_ISSUED detail naming PREGNANCY").isEqualTo(1);
            assertThat(TicketRetention.runNow(office.connection(), office.clock()).tickets()).as("once only").isZero();

            assertThat(PersonalDataScan.find(office(office), "public", CF)).as("office").isEmpty();
            assertThat(count(office(office), "SELECT COUNT(*) FROM ticket WHERE priority IS NOT NULL")).isZero();
            assertThat(count(office(office), "SELECT COUNT(*) FROM ticket_item")).as("the offers taken to the desk")
                    .isZero();
            assertThat(count(office(office), "SELECT COUNT(*) FROM office_event WHERE detail LIKE '%PREGNANCY%'"))
                    .isZero();
            assertThat(count(office(office), "SELECT COUNT(*) FROM ticket WHERE status = 'UNSERVED'"))
                    .as("statistics keep the counts").isEqualTo(2);
            assertThat(count(office(office), "SELECT COUNT(*) FROM privacy_erasure WHERE kind = 'RETENTION'"
                    + " AND tickets_erased = 2 AND events_erased = 1")).as("logged with counts").isEqualTo(1);
            assertThat(office.connection().queue().overview()).as("the queue still reads its tickets").isNotNull();

            sync.runOnce();
            assertThat(count(admin, "SELECT COUNT(*) FROM ticket")).isEqualTo(2);
            assertThat(count(admin, "SELECT COUNT(*) FROM ticket WHERE citizen_tax_code IS NOT NULL"
                    + " OR priority IS NOT NULL")).as("central's copies erased").isZero();
            assertThat(count(admin, "SELECT COUNT(*) FROM office_event WHERE detail LIKE '%PREGNANCY%'")).isZero();
            assertThat(count(admin, "SELECT COUNT(*) FROM office_event WHERE type = 'PERSONAL_DATA_ERASED'"))
                    .isEqualTo(1);
            assertThat(PersonalDataScan.find(admin::connect, "public", CF)).as("central").isEmpty();
        }
    }

    @Test
    void theDaysAreSetInTheOfficeSetUpAndChecked() throws Exception {
        java.util.Properties p = new java.util.Properties();
        try (var in = OfficeSetupFile.class.getResourceAsStream("demo-office.properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(OfficeSetupFile.demo().ticketDataDays()).isEqualTo(OfficeSetup.DEFAULT_TICKET_DATA_DAYS);
        p.setProperty("privacy.ticket.days", "0");
        Path file = dir.resolve("office.properties");
        try (var out = java.nio.file.Files.newBufferedWriter(file)) {
            p.store(out, null);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OfficeSetupFile.read(file))
                .hasMessageContaining("privacy.ticket.days must be between 1 and 3650, not 0");
        p.setProperty("privacy.ticket.days", "7");
        try (var out = java.nio.file.Files.newBufferedWriter(file)) {
            p.store(out, null);
        }
        assertThat(OfficeSetupFile.read(file).ticketDataDays()).isEqualTo(7);
    }

    private static DataSource office(TestOffice office) {
        return office.connection().database().dataSource();
    }

    private static int count(CentralLogin admin, String sql) throws SQLException {
        try (Connection c = admin.connect(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int count(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

package org.sportello.server.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.common.SportelloException;
import org.sportello.model.common.UuidV7;
import org.sportello.server.central.CentralLogin;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.server.sync.CentralPostgres;
import org.sportello.server.sync.OfficeSync;
import org.sportello.server.testing.TestOffice;

/** A failed log-in leaves the station and the time, never the typed text, in the office or on central. */
@Timeout(value = 400, unit = TimeUnit.SECONDS)
class JooqAuthFailedLoginTest {
    /** What an operator types into the login field by mistake: their password. */
    private static final String TYPED = "Tr0mbone-Verde!42";

    @TempDir
    Path dir;

    @Test
    void aPasswordTypedAsTheLoginLeavesNoTraceAnywhere() throws Exception {
        CentralLogin admin = CentralPostgres.initialised();
        try (TestOffice office = TestOffice.embedded(dir, CentralPostgres.officeCode("AUTH"))) {
            var auth = office.connection().auth();
            assertThatThrownBy(() -> auth.login("desk-3", TYPED, "whatever".toCharArray()))
                    .isInstanceOf(SportelloException.class);
            assertThatThrownBy(() -> auth.login("desk-3", "gverdi", TYPED.toCharArray()))
                    .isInstanceOf(SportelloException.class);
            var db = office.connection().database().dataSource();
            assertThat(PersonalDataScan.find(db, "public", TYPED)).as("office").isEmpty();
            assertThat(details(db)).contains("(unknown login) (station desk-3)", "gverdi (station desk-3)");

            new OfficeSync(db, CentralPostgres.officeLogin(admin,
                    CentralPostgres.addOffice(admin, office.connection().directory().office().code()))).runOnce();
            assertThat(PersonalDataScan.find(admin::connect, "public", TYPED)).as("central").isEmpty();
            try (Connection c = admin.connect(); PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM office_event WHERE type = 'LOGIN_FAILED' AND detail LIKE '%(station desk-3)'");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("the station and time reach central").isEqualTo(2);
            }
        }
    }

    @Test
    void theMigrationErasesTypedTextsAnOlderVersionLogged() throws Exception {
        try (OfficeDatabase old = OfficeDatabase.open(OfficeDatabase.fileUrl(dir))) {
            Flyway.configure().dataSource(old.dataSource()).locations("classpath:db/migration").target("9.3").load()
                    .migrate();
            try (Connection c = old.dataSource().getConnection()) {
                java.util.UUID officeId = UuidV7.next();
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO office (id, code, name) VALUES (?, 'OLD', 'Old')")) {
                    ps.setObject(1, officeId);
                    ps.executeUpdate();
                }
                for (String detail : List.of(TYPED.toLowerCase(), "(badge)")) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO office_event (event_id, office_id,"
                            + " occurred_at, type, detail) VALUES (?, ?, CURRENT_TIMESTAMP, 'LOGIN_FAILED', ?)")) {
                        ps.setObject(1, UuidV7.next());
                        ps.setObject(2, officeId);
                        ps.setString(3, detail);
                        ps.executeUpdate();
                    }
                }
            }
            old.migrate();
            assertThat(PersonalDataScan.find(old.dataSource(), "public", TYPED)).isEmpty();
            assertThat(details(old.dataSource())).containsExactlyInAnyOrder("(unknown login)", "(badge)");
        }
    }

    private static List<String> details(javax.sql.DataSource db) throws Exception {
        List<String> details = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT detail FROM office_event WHERE type = 'LOGIN_FAILED' ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                details.add(rs.getString(1));
            }
        }
        return details;
    }
}

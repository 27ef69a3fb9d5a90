package org.sportello.server.testing;

import java.nio.file.Path;
import org.sportello.model.testing.MutableClock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.PasswordHasher;
import org.sportello.server.storage.JooqOfficeSetupWriter;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.model.setup.OfficeSetup;
import org.sportello.model.setup.OfficeSetupFile;

/**
 * A real office database with the demo set-up, for tests: an H2 file in a temp folder (or any URL,
 * e.g. an H2 TCP server), a clock that starts on a Tuesday at 10:00 in Rome so every demo service is
 * open, and the demo operators (password "demo").
 */
public final class TestOffice implements AutoCloseable {
    public static final ZoneId ROME = ZoneId.of("Europe/Rome");
    public static final LocalDateTime TUESDAY_MORNING = LocalDateTime.of(2026, 11, 24, 10, 0);
    public static final String PASSWORD = "demo";

    private final MutableClock clock;
    private final OfficeConnection connection;

    private TestOffice(String url, OfficeSetup setup) {
        this.clock = new MutableClock(TUESDAY_MORNING.atZone(ROME).toInstant());
        OfficeDatabase db = OfficeDatabase.open(url);
        db.migrate();
        // Few PBKDF2 rounds: the hash records its own count, so logins stay correct and tests stay fast.
        new JooqOfficeSetupWriter(db, new PasswordHasher(1000)).apply(setup);
        // The demo's territory, so the citizen file can say which office serves a domicile.
        new org.sportello.server.profile.OfficeTerritory(db.dataSource())
                .replace(org.sportello.model.profile.TerritorySetup.demo());
        this.connection = OfficeConnection.open(db, clock);
    }

    /** An embedded H2 file database inside {@code dir}. */
    public static TestOffice embedded(Path dir) {
        return new TestOffice(OfficeDatabase.fileUrl(dir), OfficeSetupFile.demo());
    }

    /** The demo office under another code, for tests with several offices (e.g. the central sync). */
    public static TestOffice embedded(Path dir, String officeCode) {
        OfficeSetup demo = OfficeSetupFile.demo();
        return new TestOffice(OfficeDatabase.fileUrl(dir), new OfficeSetup(officeCode, demo.name() + " " + officeCode,
                demo.address(), demo.timeZone(), demo.services(), demo.counters(), demo.operators()));
    }

    public static TestOffice at(String url) {
        return new TestOffice(url, OfficeSetupFile.demo());
    }

    public MutableClock clock() {
        return clock;
    }

    public OfficeConnection connection() {
        return connection;
    }

    public OperatorSession login(String login) {
        return connection.auth().login(login, PASSWORD.toCharArray());
    }

    /**
     * An appointment a dossier brought when it moved here from Rome (ADR 36): a talk with Franca Neri at {@code at},
     * waiting to be rebooked, for the citizen {@code taxCode} registered in this office. Returns its id.
     */
    public java.util.UUID movedInAppointment(String taxCode, java.time.OffsetDateTime at) throws java.sql.SQLException {
        java.util.UUID id = java.util.UUID.randomUUID();
        try (java.sql.Connection c = connection.database().dataSource().getConnection();
             java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO moved_appointment (id, person_id, tax_code,"
                     + " booked_at_code, with_login, with_name, kind, starts_at, ends_at, status, bring,"
                     + " central_version, to_rebook, received_at) SELECT ?, id, tax_code, 'RM01', 'fneri', 'Franca Neri',"
                     + " 'CASE_MANAGER_TALK', ?, ?, 'TO_BE_REBOOKED', '', 1, TRUE, ? FROM person WHERE tax_code = ?")) {
            ps.setObject(1, id);
            ps.setObject(2, at);
            ps.setObject(3, at.plusMinutes(30));
            ps.setObject(4, at.minusDays(3));
            ps.setString(5, taxCode);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("no citizen " + taxCode + " in the test office");
            }
        }
        return id;
    }

    @Override
    public void close() {
        connection.close();
    }
}

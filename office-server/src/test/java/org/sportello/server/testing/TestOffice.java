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

    @Override
    public void close() {
        connection.close();
    }
}

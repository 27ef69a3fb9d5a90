package org.sportello.server.station;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.station.EnrolmentCodes;
import org.sportello.server.api.Caller;

/**
 * The office's enrolled stations and open enrolment codes, in the office database. The server looks
 * every call's certificate up here by serial; the valid ones are held in memory, so a lookup costs no
 * query and a revocation is seen by the very next call.
 *
 * <p>The server process is the only one that opens the database while it runs, so the memory and the
 * table cannot drift apart. When the server is not running, commands use a registry of their own on the
 * data folder.
 */
public final class StationRegistry {
    public static final Duration CODE_VALIDITY = Duration.ofHours(24);
    /** The local administrator's credential: made by the server itself, never enrolled or listed. */
    public static final String LOCAL_ADMIN = "local-admin";
    private static final Duration LAST_SEEN_EVERY = Duration.ofMinutes(1);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Logger LOG = Logger.getLogger(StationRegistry.class.getName());

    /** A code still open, for the enrolment port to check a proof against. */
    record OpenCode(UUID id, String name, StationRole role, String code) {
    }

    private final DataSource database;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Caller> valid = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastSeenWritten = new ConcurrentHashMap<>();
    private final List<RevocationListener> listeners = new CopyOnWriteArrayList<>();

    private StationRegistry(DataSource database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The registry of a migrated office database, its valid stations loaded. */
    public static StationRegistry open(DataSource database, Clock clock) {
        StationRegistry registry = new StationRegistry(database, clock);
        for (Station s : registry.list()) {
            if (!s.isRevoked()) {
                registry.valid.put(s.serial(), new Caller(s.name(), s.role(), s.serial()));
            }
        }
        return registry;
    }

    /** Accepts the server's own administrator credential (it lives in the data folder, not the table). */
    public void trustLocalAdmin(String serial) {
        valid.put(serial, new Caller(LOCAL_ADMIN, StationRole.ADMIN, serial));
    }

    public void onRevoked(RevocationListener listener) {
        listeners.add(listener);
    }

    /** The station a valid certificate belongs to; empty when unknown, revoked or replaced. */
    public Optional<Caller> caller(String serial) {
        return Optional.ofNullable(valid.get(serial));
    }

    /** Notes that a station called; written at most once a minute per station, so calls stay cheap. */
    public void seen(Caller caller) {
        Instant now = clock.instant();
        Instant last = lastSeenWritten.get(caller.serial());
        if (last != null && Duration.between(last, now).compareTo(LAST_SEEN_EVERY) < 0) {
            return;
        }
        lastSeenWritten.put(caller.serial(), now);
        // Written beside the call, not in it: the queue's calls run on the network thread, which must
        // never wait on the disk.
        Thread.ofVirtual().name("station-seen").start(() -> writeSeen(caller, now));
    }

    private void writeSeen(Caller caller, Instant now) {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "UPDATE station SET last_seen_at = ? WHERE certificate_serial = ? AND revoked_at IS NULL")) {
            s.setObject(1, time(now));
            s.setString(2, caller.serial());
            s.executeUpdate();
        } catch (SQLException e) {
            // A missed "last seen" must never refuse a call.
            LOG.log(Level.WARNING, "cannot note when station " + caller.name() + " was last seen", e);
        }
    }

    /**
     * A one-time code for {@code name}, valid 24 hours; an earlier open code for the same name stops
     * working. The station's current certificate (if any) stays valid until the code is used.
     */
    public EnrolmentCode enrol(String name, StationRole role) {
        String n = checkedName(name);
        if (!role.enrollable()) {
            throw new SportelloException(Problem.INVALID_REQUEST, "the role " + role.wireName() + " cannot be enrolled");
        }
        String code = EnrolmentCodes.random(random);
        Instant now = clock.instant();
        Instant expires = now.plus(CODE_VALIDITY);
        inTransaction(c -> {
            UUID office = officeId(c);
            try (PreparedStatement close = c.prepareStatement(
                    "UPDATE station_enrolment SET used_at = ? WHERE office_id = ? AND name = ? AND used_at IS NULL");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO station_enrolment"
                         + " (id, office_id, name, role, code, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                close.setObject(1, time(now));
                close.setObject(2, office);
                close.setString(3, n);
                close.executeUpdate();
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, office);
                insert.setString(3, n);
                insert.setString(4, role.wireName());
                insert.setString(5, code);
                insert.setObject(6, time(now));
                insert.setObject(7, time(expires));
                insert.executeUpdate();
            }
            return null;
        });
        return new EnrolmentCode(n, role, code, expires);
    }

    /** Codes neither used nor expired (few: one per station being installed). */
    List<OpenCode> openCodes() {
        return inTransaction(c -> {
            List<OpenCode> codes = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, name, role, code FROM station_enrolment WHERE used_at IS NULL AND expires_at > ?")) {
                s.setObject(1, time(clock.instant()));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        StationRole role = StationRole.parse(r.getString(3)).orElseThrow();
                        codes.add(new OpenCode(r.getObject(1, UUID.class), r.getString(2), role, r.getString(4)));
                    }
                }
            }
            return codes;
        });
    }

    /**
     * Uses up {@code code} and records the certificate signed for it. A station enrolled earlier under
     * the same name loses its old certificate at once.
     *
     * @return false when the code was used meanwhile (two joins with one code: only one wins)
     */
    boolean enrolled(OpenCode code, String serial) {
        Instant now = clock.instant();
        Optional<String> replaced = inTransaction(c -> {
            try (PreparedStatement use = c.prepareStatement(
                    "UPDATE station_enrolment SET used_at = ? WHERE id = ? AND used_at IS NULL AND expires_at > ?")) {
                use.setObject(1, time(now));
                use.setObject(2, code.id());
                use.setObject(3, time(now));
                if (use.executeUpdate() != 1) {
                    return null;
                }
            }
            UUID office = officeId(c);
            String oldSerial = null;
            try (PreparedStatement find = c.prepareStatement(
                    "SELECT certificate_serial FROM station WHERE office_id = ? AND name = ? FOR UPDATE")) {
                find.setObject(1, office);
                find.setString(2, code.name());
                try (ResultSet r = find.executeQuery()) {
                    if (r.next()) {
                        oldSerial = r.getString(1);
                    }
                }
            }
            if (oldSerial == null) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO station (id, office_id, name, role,"
                        + " certificate_serial, enrolled_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, office);
                    insert.setString(3, code.name());
                    insert.setString(4, code.role().wireName());
                    insert.setString(5, serial);
                    insert.setObject(6, time(now));
                    insert.executeUpdate();
                }
                return Optional.<String>empty();
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE station SET role = ?, certificate_serial = ?,"
                    + " enrolled_at = ?, revoked_at = NULL, last_seen_at = NULL, version = version + 1"
                    + " WHERE office_id = ? AND name = ?")) {
                update.setString(1, code.role().wireName());
                update.setString(2, serial);
                update.setObject(3, time(now));
                update.setObject(4, office);
                update.setString(5, code.name());
                update.executeUpdate();
            }
            return Optional.of(oldSerial);
        });
        if (replaced == null) {
            return false;
        }
        replaced.ifPresent(old -> {
            valid.remove(old);
            notifyRevoked(code.name());
        });
        valid.put(serial, new Caller(code.name(), code.role(), serial));
        return true;
    }

    /**
     * Revokes a station: its certificate is refused from the next call on, and its open calls and
     * operator sessions end (through the listeners).
     *
     * @return false when no valid station has this name
     */
    public boolean revoke(String name) {
        if (LOCAL_ADMIN.equals(name)) {
            throw new SportelloException(Problem.INVALID_REQUEST, "the local administrator cannot be revoked");
        }
        Instant now = clock.instant();
        String serial = inTransaction(c -> {
            String found = null;
            try (PreparedStatement find = c.prepareStatement("SELECT certificate_serial FROM station"
                    + " WHERE office_id = ? AND name = ? AND revoked_at IS NULL FOR UPDATE")) {
                find.setObject(1, officeId(c));
                find.setString(2, name);
                try (ResultSet r = find.executeQuery()) {
                    if (r.next()) {
                        found = r.getString(1);
                    }
                }
            }
            if (found != null) {
                try (PreparedStatement revoke = c.prepareStatement("UPDATE station SET revoked_at = ?,"
                        + " version = version + 1 WHERE certificate_serial = ?")) {
                    revoke.setObject(1, time(now));
                    revoke.setString(2, found);
                    revoke.executeUpdate();
                }
            }
            return found;
        });
        if (serial == null) {
            return false;
        }
        valid.remove(serial);
        notifyRevoked(name);
        return true;
    }

    /** Every station ever enrolled in the office, by name (revoked ones with their revocation time). */
    public List<Station> list() {
        return inTransaction(c -> {
            List<Station> stations = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT name, role, certificate_serial, enrolled_at,"
                    + " revoked_at, last_seen_at FROM station ORDER BY name")) {
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        stations.add(new Station(r.getString(1), StationRole.parse(r.getString(2)).orElseThrow(),
                                r.getString(3), instant(r, 4), instant(r, 5), instant(r, 6)));
                    }
                }
            }
            return stations;
        });
    }

    /** The code of the office the stations belong to (in the join reply). */
    String officeCode() {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT code FROM office ORDER BY code LIMIT 1");
                 ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new SportelloException(Problem.UNKNOWN_OFFICE, "(none)");
                }
                return r.getString(1);
            }
        });
    }

    private void notifyRevoked(String name) {
        for (RevocationListener l : listeners) {
            try {
                l.revoked(name);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "a revocation listener failed for station " + name, e);
            }
        }
    }

    private static String checkedName(String name) {
        String n = name == null ? "" : name.strip();
        if (!NAME.matcher(n).matches()) {
            throw new SportelloException(Problem.INVALID_REQUEST, "a station name has 1 to 64 letters, digits, '.', '_'"
                    + " or '-', and starts with a letter or digit: " + name);
        }
        if (LOCAL_ADMIN.equals(n)) {
            throw new SportelloException(Problem.INVALID_REQUEST, "the name " + LOCAL_ADMIN + " is the server's own");
        }
        return n;
    }

    /** The office the stations belong to: the database's only one (the office server serves one office). */
    private static UUID officeId(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM office ORDER BY code LIMIT 1");
             ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new SportelloException(Problem.UNKNOWN_OFFICE, "(none)");
            }
            return r.getObject(1, UUID.class);
        }
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection c = database.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the station registry cannot reach the office database: " + e.getMessage(), e);
        }
    }
}

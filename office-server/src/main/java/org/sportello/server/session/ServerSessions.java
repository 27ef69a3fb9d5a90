package org.sportello.server.session;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.sportello.model.auth.AuthService;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.server.storage.JooqAuthService;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.api.Caller;

/**
 * Operators' sessions in the server's memory. A token is 32 random bytes, good only from the station
 * (name and certificate serial) that logged in with it, and only until it has gone unused for the
 * office's idle time. Passwords and badges are checked by {@link JooqAuthService} in this process, so
 * password hashes never leave it; the lock-out lives in the database and survives a restart, while
 * sessions do not (after a restart everyone logs in again, which is the safe way round).
 */
public final class ServerSessions implements OperatorSessions {
    private static final int TOKEN_BYTES = 32;

    private record Held(String stationName, String stationSerial, OperatorSession operator, Instant lastUsed) {
        boolean from(Caller station) {
            return stationName.equals(station.name()) && Objects.equals(stationSerial, station.serial());
        }
    }

    private final AuthService passwords;
    private final Duration idle;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Held> sessions = new ConcurrentHashMap<>();

    /**
     * @param passwords checks logins against the office database (lock-out included)
     * @param idle      how long a session may stay unused
     */
    public ServerSessions(AuthService passwords, Duration idle, Clock clock) {
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("the idle time must be positive: " + idle);
        }
        this.passwords = Objects.requireNonNull(passwords, "passwords");
        this.idle = idle;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Sessions for the office the server holds open: the idle time from its set-up
     * ({@code session.idle.minutes}), logins checked with a {@link JooqAuthService} of its own.
     */
    public static ServerSessions of(OfficeConnection office, Clock clock) {
        return new ServerSessions(new JooqAuthService(office.database(), office.directory().office().id(), clock),
                office.sessionIdle(), clock);
    }

    public Duration idle() {
        return idle;
    }

    @Override
    public Opened login(Caller station, String login, char[] password) {
        return open(station, passwords.login(station.name(), login, password));
    }

    @Override
    public Opened loginWithBadge(Caller station, String badgeId) {
        return open(station, passwords.loginWithBadge(station.name(), badgeId));
    }

    private Opened open(Caller station, OperatorSession operator) {
        Instant now = clock.instant();
        forgetExpired(now);
        String token = newToken();
        sessions.put(token, new Held(station.name(), station.serial(), operator, now));
        return new Opened(token, operator, idle);
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public OperatorSession require(Caller station, String token) {
        Held held = token == null || token.isEmpty() ? null : sessions.get(token);
        // A token shown by another station is treated as no token at all: it is not that station's
        // session, and saying more would confirm to a thief that the token is good.
        if (held == null || !held.from(station)) {
            throw new SportelloException(Problem.NOT_LOGGED_IN);
        }
        Instant now = clock.instant();
        if (expired(held, now)) {
            sessions.remove(token, held);
            throw new SportelloException(Problem.SESSION_EXPIRED, idle.toMinutes() + " min");
        }
        // Renewed only if nobody replaced or ended it meanwhile (a log-out racing this call wins).
        sessions.replace(token, held, new Held(held.stationName(), held.stationSerial(), held.operator(), now));
        return held.operator();
    }

    @Override
    public void logout(Caller station, String token) {
        if (token == null) {
            return;
        }
        Held held = sessions.get(token);
        if (held != null && held.from(station)) {
            sessions.remove(token, held);
        }
    }

    @Override
    public void endAll(String stationName) {
        sessions.values().removeIf(h -> h.stationName().equals(stationName));
    }

    /** Open sessions, for the server's status and tests. */
    public int openCount() {
        forgetExpired(clock.instant());
        return sessions.size();
    }

    private boolean expired(Held held, Instant now) {
        return !now.isBefore(held.lastUsed().plus(idle));
    }

    private void forgetExpired(Instant now) {
        sessions.values().removeIf(h -> expired(h, now));
    }
}

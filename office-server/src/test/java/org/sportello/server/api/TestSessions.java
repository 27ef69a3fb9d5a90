package org.sportello.server.api;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.server.session.OperatorSessions;

/**
 * Sessions for API tests: a token opened for an operator on one station, refused from any other.
 * Passwords, lock-out and expiry are the real implementation's and its own tests'.
 */
final class TestSessions implements OperatorSessions {
    private record Held(String station, OperatorSession operator) {
    }

    private final Map<String, Held> open = new ConcurrentHashMap<>();

    /** Opens a session for {@code operator} on {@code station}; returns its token. */
    String open(String station, OperatorSession operator) {
        String token = UUID.randomUUID().toString();
        open.put(token, new Held(station, operator));
        return token;
    }

    @Override
    public Opened login(Caller station, String login, char[] password) {
        throw new UnsupportedOperationException("tests open sessions with open()");
    }

    @Override
    public Opened loginWithBadge(Caller station, String badgeId) {
        throw new UnsupportedOperationException("tests open sessions with open()");
    }

    @Override
    public OperatorSession require(Caller station, String token) {
        Held held = token == null ? null : open.get(token);
        if (held == null || !held.station().equals(station.name())) {
            throw new SportelloException(Problem.NOT_LOGGED_IN);
        }
        return held.operator();
    }

    @Override
    public void logout(Caller station, String token) {
        open.remove(token);
    }

    @Override
    public void endAll(String stationName) {
        open.values().removeIf(h -> h.station().equals(stationName));
    }
}

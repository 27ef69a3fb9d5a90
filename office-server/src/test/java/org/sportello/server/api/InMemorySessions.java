package org.sportello.server.api;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.sportello.model.auth.AuthService;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.server.session.OperatorSessions;

/** Sessions for the API tests: bound to their station, no expiry or lock-out (those are another test's). */
final class InMemorySessions implements OperatorSessions {
    private record Held(String station, OperatorSession operator) {
    }

    private final AuthService auth;
    private final Map<String, Held> byToken = new ConcurrentHashMap<>();

    InMemorySessions(AuthService auth) {
        this.auth = auth;
    }

    @Override
    public Opened login(Caller station, String login, char[] password) {
        OperatorSession operator = auth.login(login, password);
        String token = UUID.randomUUID().toString();
        byToken.put(token, new Held(station.name(), operator));
        return new Opened(token, operator, Duration.ofMinutes(30));
    }

    @Override
    public Opened loginWithBadge(Caller station, String badgeId) {
        throw new SportelloException(Problem.BADGE_UNKNOWN);
    }

    @Override
    public OperatorSession require(Caller station, String token) {
        Held held = token == null ? null : byToken.get(token);
        if (held == null || !held.station().equals(station.name())) {
            throw new SportelloException(Problem.NOT_LOGGED_IN);
        }
        return held.operator();
    }

    @Override
    public void logout(Caller station, String token) {
        byToken.computeIfPresent(token, (t, held) -> held.station().equals(station.name()) ? null : held);
    }

    @Override
    public void endAll(String stationName) {
        byToken.values().removeIf(held -> held.station().equals(stationName));
    }
}

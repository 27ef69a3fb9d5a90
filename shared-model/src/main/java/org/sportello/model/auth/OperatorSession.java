package org.sportello.model.auth;

import java.io.Serializable;
import java.util.UUID;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;

/**
 * A logged-in operator. Services check {@link #require} before acting.
 *
 * <p>On the office server the record is what the server's own session holds (ADR 23). On a
 * workstation it also carries {@code token}, the server-side session's bearer token, which the client
 * sends with every call; the server never believes the other fields from the client, only the token
 * (and only from the station it was issued to).
 */
public record OperatorSession(UUID operatorId, String login, String displayName, Role role, String token)
        implements Serializable {

    /** A session as the server holds it: no token needed. */
    public OperatorSession(UUID operatorId, String login, String displayName, Role role) {
        this(operatorId, login, displayName, role, null);
    }

    public void require(Role needed, String action) {
        if (!role.includes(needed)) {
            throw new SportelloException(Problem.ACCESS_DENIED, role, action);
        }
    }

    /** The token must never reach a log line. */
    @Override
    public String toString() {
        return "OperatorSession[" + login + ", " + role + "]";
    }
}

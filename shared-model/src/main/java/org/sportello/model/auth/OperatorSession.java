package org.sportello.model.auth;

import java.io.Serializable;
import java.util.UUID;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;

/** A logged-in operator. Services check {@link #require} before acting. */
public record OperatorSession(UUID operatorId, String login, String displayName, Role role) implements Serializable {

    public void require(Role needed, String action) {
        if (!role.includes(needed)) {
            throw new SportelloException(Problem.ACCESS_DENIED, role, action);
        }
    }
}

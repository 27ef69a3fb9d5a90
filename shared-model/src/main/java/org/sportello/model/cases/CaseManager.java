package org.sportello.model.cases;

import java.util.Objects;

/** The one operator who owns a citizen's case ("una mano sulla palla", seed 003). */
public record CaseManager(String login, String name) {
    public CaseManager {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(name, "name");
    }
}

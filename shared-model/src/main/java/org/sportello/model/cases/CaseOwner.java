package org.sportello.model.cases;

import java.util.Objects;

/** The one operator who owns a citizen's case, its case manager ("una mano sulla palla", seed 003). */
public record CaseOwner(String login, String name) {
    public CaseOwner {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(name, "name");
    }
}

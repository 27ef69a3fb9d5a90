package org.sportello.model.auth;

/** Roles nest: an admin may do what a supervisor may, a supervisor what an operator may. */
public enum Role {
    OPERATOR,
    SUPERVISOR,
    ADMIN;

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }
}

package org.sportello.model.auth;

public interface AuthService {
    /** Checks the password; a wrong login or password fails the same way, and both are logged. */
    OperatorSession login(String login, char[] password);
}

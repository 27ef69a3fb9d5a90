package org.sportello.model.auth;

import java.util.List;

/**
 * The administrator's side of operators: who may log in, with which role and password, and lifting a
 * lock-out. Every change is written to the office log; passwords are hashed before they are stored.
 */
public interface OperatorAccounts {

    /**
     * @throws org.sportello.model.common.SportelloException INVALID_REQUEST (login, name, role or
     *         password not acceptable, see {@link OperatorInput}), OPERATOR_EXISTS
     */
    OperatorAccount add(String login, String displayName, Role role, char[] password);

    /** Sets a new password and lifts any lock-out. @throws SportelloException UNKNOWN_OPERATOR, INVALID_REQUEST */
    void setPassword(String login, char[] password);

    /**
     * Lifts a lock-out and clears the count of wrong passwords; false when the login was not locked.
     *
     * @throws org.sportello.model.common.SportelloException UNKNOWN_OPERATOR
     */
    boolean unlock(String login);

    /** Every operator of the office (active or not), by login. */
    List<OperatorAccount> list();
}

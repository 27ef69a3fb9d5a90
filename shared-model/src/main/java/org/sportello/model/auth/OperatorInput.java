package org.sportello.model.auth;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;

/**
 * What an operator's login, name, role and new password must look like, checked the same way for the
 * command line and the office protocol. Each check answers INVALID_REQUEST saying what is wrong.
 */
public final class OperatorInput {
    /** The same logins the office set-up file accepts ({@code operator.LOGIN.name}), at most 64 long. */
    public static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MIN_PASSWORD_LENGTH = 8;
    /** PBKDF2 hashes whatever it is given: a megabyte "password" would cost the server, not the guesser. */
    public static final int MAX_PASSWORD_LENGTH = 256;

    private OperatorInput() {
    }

    /** The login in its stored form (lower case, no surrounding blanks). */
    public static String login(String text) {
        String login = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (!LOGIN.matcher(login).matches()) {
            throw invalid("a login is 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter"
                    + " or digit");
        }
        return login;
    }

    public static String displayName(String text) {
        String name = text == null ? "" : text.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
            throw invalid("a name is 1 to " + MAX_NAME_LENGTH + " characters on one line");
        }
        return name;
    }

    public static Role role(String text) {
        return parseRole(text).orElseThrow(() -> invalid("the role is operator, supervisor or admin"));
    }

    public static Optional<Role> parseRole(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Role.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A new password: long enough to resist guessing between lock-outs. */
    public static char[] newPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw invalid("a password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.length > MAX_PASSWORD_LENGTH) {
            throw invalid("a password has at most " + MAX_PASSWORD_LENGTH + " characters");
        }
        return password;
    }

    private static SportelloException invalid(String why) {
        return new SportelloException(Problem.INVALID_REQUEST, why);
    }
}

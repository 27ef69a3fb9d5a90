package org.sportello.model.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A failure a person must understand. It carries a {@link Problem} key so each
 * app shows the message in the user's language; {@link #getMessage()} is the
 * English text for logs and the command line.
 */
public class SportelloException extends RuntimeException {
    private final Problem problem;
    private final transient Object[] arguments;

    public SportelloException(Problem problem, Object... arguments) {
        this(problem, null, arguments);
    }

    public SportelloException(Problem problem, Throwable cause, Object... arguments) {
        super(format(problem, Locale.ENGLISH, arguments), cause);
        this.problem = problem;
        this.arguments = arguments.clone();
    }

    public Problem problem() {
        return problem;
    }

    /** The values the message is made of, e.g. a counter number. */
    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }

    public String localizedMessage(Locale locale) {
        return format(problem, locale, arguments);
    }

    private static String format(Problem problem, Locale locale, Object[] arguments) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("org.sportello.model.problems", locale);
            return new MessageFormat(bundle.getString(problem.key()), locale).format(arguments);
        } catch (MissingResourceException e) {
            return problem.key();
        }
    }
}

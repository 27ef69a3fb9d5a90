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
            // No fallback to the JVM's locale: English asked on an Italian PC stays English.
            ResourceBundle bundle = ResourceBundle.getBundle("org.sportello.model.problems", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            MessageFormat format = new MessageFormat(bundle.getString(problem.key()), locale);
            return format.format(numbersWhereCounted(format, arguments));
        } catch (MissingResourceException e) {
            return problem.key();
        }
    }

    /**
     * Arguments cross the office protocol as text; a plural form ({@code {1,choice,...}}) needs the
     * number back, or MessageFormat refuses the string.
     */
    private static Object[] numbersWhereCounted(MessageFormat format, Object[] arguments) {
        if (arguments == null) {
            return new Object[0];
        }
        Object[] out = arguments.clone();
        java.text.Format[] formats = format.getFormatsByArgumentIndex();
        for (int i = 0; i < Math.min(out.length, formats.length); i++) {
            if (formats[i] instanceof java.text.NumberFormat && out[i] instanceof String s) {
                try {
                    out[i] = Long.parseLong(s.trim());
                } catch (NumberFormatException notANumber) {
                    format.setFormatByArgumentIndex(i, null); // shown as it came, never an exception
                }
            }
        }
        return out;
    }
}

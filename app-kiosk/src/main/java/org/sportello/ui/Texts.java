package org.sportello.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The user texts of the kiosk and the hall display in one language, from
 * {@code org/sportello/ui/messages_*.properties}. Without fallback to the machine's own locale:
 * a kiosk set to English must not show Italian because the PC is Italian.
 */
public final class Texts {
    public static final Locale ITALIAN = Locale.ITALIAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "org.sportello.ui.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Texts of(Locale locale) {
        return new Texts("it".equals(locale.getLanguage()) ? ITALIAN : ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        // Always through MessageFormat, so every text writes an apostrophe the same way ('').
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}

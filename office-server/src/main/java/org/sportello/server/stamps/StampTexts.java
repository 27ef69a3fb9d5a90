package org.sportello.server.stamps;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Stamping's words for people (the {@code stamp} command), in Italian and English ({@code stamps*.properties}). */
public final class StampTexts {
    private static final String BUNDLE = "org.sportello.server.stamps.stamps";

    private final ResourceBundle bundle;
    private final Locale locale;

    private StampTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static StampTexts in(Locale locale) {
        return new StampTexts(locale == null ? Locale.getDefault() : locale);
    }

    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}

package org.sportello.server.cases;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** What the case commands print for people, in Italian and English (the machine's language). */
public final class CaseTexts {
    private static final String BUNDLE = "org.sportello.server.cases.cases";

    private final ResourceBundle bundle;
    private final Locale locale;

    private CaseTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static CaseTexts in(Locale locale) {
        return new CaseTexts(locale == null ? Locale.getDefault() : locale);
    }

    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}

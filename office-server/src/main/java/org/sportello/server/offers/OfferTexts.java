package org.sportello.server.offers;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** What the catalogue's commands and imports say to people, in Italian and English (the machine's language). */
public final class OfferTexts {
    private static final String BUNDLE = "org.sportello.server.offers.offers";

    private final ResourceBundle bundle;
    private final Locale locale;

    private OfferTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static OfferTexts in(Locale locale) {
        return new OfferTexts(locale == null ? Locale.getDefault() : locale);
    }

    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}

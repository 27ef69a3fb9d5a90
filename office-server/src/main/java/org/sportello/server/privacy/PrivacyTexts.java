package org.sportello.server.privacy;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The privacy texts people read (the erase command, the data folder check), in Italian and English. */
public final class PrivacyTexts {
    private static final String BUNDLE = "org.sportello.server.privacy.privacy";

    private final ResourceBundle bundle;
    private final Locale locale;

    private PrivacyTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static PrivacyTexts in(Locale locale) {
        return new PrivacyTexts(locale == null ? Locale.getDefault() : locale);
    }

    /** The texts for a language tag as a command sends it ("it-IT", "en"); the default locale when empty. */
    public static PrivacyTexts forTag(String tag) {
        return in(tag == null || tag.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(tag));
    }

    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}

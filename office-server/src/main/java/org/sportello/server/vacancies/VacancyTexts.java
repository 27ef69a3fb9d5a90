package org.sportello.server.vacancies;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** What the offers and vacancies commands print for people, in Italian and English (the machine's language). */
public final class VacancyTexts {
    private static final String BUNDLE = "org.sportello.server.vacancies.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private VacancyTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static VacancyTexts in(Locale locale) {
        return new VacancyTexts(locale == null ? Locale.getDefault() : locale);
    }

    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}

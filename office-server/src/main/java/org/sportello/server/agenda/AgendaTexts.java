package org.sportello.server.agenda;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.sportello.model.agenda.AppointmentKind;

/** The agenda's words for people (letters, commands), in Italian and English. */
public final class AgendaTexts {
    private static final String BUNDLE = "org.sportello.server.agenda.agenda";

    private final ResourceBundle bundle;
    private final Locale locale;

    private AgendaTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static AgendaTexts in(Locale locale) {
        return new AgendaTexts(locale == null ? Locale.getDefault() : locale);
    }

    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    public String kind(AppointmentKind kind) {
        return text("kind." + kind.name());
    }
}

package org.sportello.server.cli;

import java.util.Locale;

/**
 * The languages a ticket can be issued in (the kiosk offers the same two), and the one service names
 * are printed in: {@code --lang}, by default this machine's language.
 */
enum Language {
    IT,
    EN;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** The chosen one, else this machine's language when it is English, else Italian (the office's). */
    static Language orDefault(Language chosen) {
        if (chosen != null) {
            return chosen;
        }
        return "en".equals(Locale.getDefault().getLanguage()) ? EN : IT;
    }
}

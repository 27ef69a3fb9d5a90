package org.sportello.server.cli;

import java.util.Locale;

/** The languages a ticket can be issued in; the kiosk offers the same two. */
enum Language {
    IT,
    EN;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    Locale locale() {
        return Locale.forLanguageTag(code());
    }
}

package org.sportello.kiosk;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import org.sportello.kiosk.language.KioskTexts;
import org.sportello.model.office.OpeningHours;

/** What a closed service's tile says: when it opens next, from the office's opening hours. */
final class ServiceHours {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ServiceHours() {
    }

    static String whenItOpens(KioskTexts t, OpeningHours hours, LocalDateTime now) {
        return hours.nextOpening(now).map(next -> next.toLocalDate().equals(now.toLocalDate())
                        ? t.get("home.closed.today", TIME.format(next))
                        : t.get("home.closed.day", next.getDayOfWeek().getDisplayName(TextStyle.FULL, t.locale()),
                                TIME.format(next)))
                .orElseGet(() -> t.get("home.closed"));
    }
}

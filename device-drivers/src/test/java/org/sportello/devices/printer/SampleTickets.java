package org.sportello.devices.printer;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Tickets as the kiosk would hand them to a driver, in both languages, with the hard characters. */
public final class SampleTickets {
    public static final String ID = "0193a1f2-7c4e-7b21-9a55-3f0c2d4e6a81";
    public static final ZonedDateTime ISSUED = ZonedDateTime.of(2026, 11, 24, 10, 5, 0, 0, ZoneId.of("Europe/Rome"));

    private SampleTickets() {
    }

    public static TicketPrintout italian() {
        return new TicketPrintout("Centro per l'Impiego di Forlì", "Iscrizione e DID, orientamento: è, à, ù, €",
                "A023", ISSUED, "Persone in attesa prima di lei: 3", "Attesa stimata: 12 minuti",
                "Priorità: utente con disabilità", ID,
                "Dati trattati ai sensi del GDPR: informativa allo sportello.", "it");
    }

    public static TicketPrintout english() {
        return new TicketPrintout("Centro per l'Impiego di Forlì", "Registration and job search",
                "B107", ISSUED, "People ahead of you: 12", "Estimated wait: 35 minutes", "", ID,
                "Data processed under the GDPR: notice at the counter.", "en");
    }
}

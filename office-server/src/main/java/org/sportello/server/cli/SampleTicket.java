package org.sportello.server.cli;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import org.sportello.devices.printer.TicketPrintout;
import org.sportello.model.setup.OfficeSetup;
import org.sportello.model.setup.OfficeSetupFile;

/**
 * The ticket {@code devices print-test} prints: the demo office's name and first service, so the
 * paper looks like a real one (accents, long lines, QR), marked as a test so nobody queues with it.
 * The QR holds the nil UUID, which no real ticket has.
 */
final class SampleTicket {
    static final String CODE_SUFFIX = "000";
    static final String TEST_ID = "00000000-0000-0000-0000-000000000000";

    private SampleTicket() {
    }

    static TicketPrintout compose(Language language) {
        OfficeSetup office = OfficeSetupFile.demo();
        OfficeSetup.ServiceSetup service = office.services().stream()
                .min(Comparator.comparingInt(OfficeSetup.ServiceSetup::displayOrder)).orElseThrow();
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of(office.timeZone()));
        String code = code(office);
        return switch (language) {
            case IT -> new TicketPrintout(office.name(), service.nameIt() + " (stampa di prova)", code, now,
                    "Nessuna persona in attesa prima di lei", "Il suo turno arriverà a breve", "",
                    TEST_ID, "Stampa di prova: non è un biglietto valido.", "it");
            case EN -> new TicketPrintout(office.name(), service.nameEn() + " (test print)", code, now,
                    "Nobody is waiting before you", "Your turn will come shortly", "",
                    TEST_ID, "Test print: not a valid ticket.", "en");
        };
    }

    /** "A000": the first service's prefix and a number the queue never issues (it starts at 1). */
    static String code(OfficeSetup office) {
        return office.services().stream().min(Comparator.comparingInt(OfficeSetup.ServiceSetup::displayOrder))
                .orElseThrow().prefix() + CODE_SUFFIX;
    }
}

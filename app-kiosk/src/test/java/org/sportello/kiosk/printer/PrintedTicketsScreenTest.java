package org.sportello.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sportello.devices.printer.SimulatedTicketPrinter;
import org.sportello.devices.printer.TicketPrintout;
import org.sportello.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PrintedTicketsScreenTest {
    static final ZonedDateTime AT = ZonedDateTime.of(2026, 11, 24, 10, 5, 0, 0, ZoneId.of("Europe/Rome"));
    final SimulatedTicketPrinter printer = new SimulatedTicketPrinter();

    @Start
    void start(Stage stage) {
        printer.print(printout("A001", "Accoglienza e informazioni", "it", "", AT));
        PrintedTicketsApp.start(stage, printer);
    }

    static TicketPrintout printout(String code, String service, String language, String priority, ZonedDateTime at) {
        boolean it = language.equals("it");
        return new TicketPrintout("Centro per l'Impiego di Bologna", service, code, at,
                it ? "2 persone in attesa prima di lei" : "2 people are waiting before you",
                it ? "Attesa stimata: circa 8 minuti" : "Estimated wait: about 8 minutes", priority,
                UUID.nameUUIDFromBytes(code.getBytes()).toString(),
                it ? "Il biglietto non contiene dati personali: la chiamata avviene solo per numero."
                        : "This ticket holds no personal data: you are called by number only.", language);
    }

    @Test
    void eachPrintedTicketAppearsNewestFirstInItsLanguage(FxRobot robot) throws Exception {
        printer.print(printout("C002", "Administrative services for companies", "en", "", AT.plusMinutes(3)));
        printer.print(printout("B003", "Iscrizione, DID e certificati", "it", "Precedenza: gravidanza", AT.plusMinutes(7)));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".paper-code").queryAll().size() == 3);
        assertThat(robot.lookup(".paper-code").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("B003", "C002", "A001");
        assertThat(robot.lookup(".paper-date").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("24/11/2026 10:12", "24 Nov 2026, 10:08", "24/11/2026 10:05");
        assertThat(robot.lookup(".paper-priority").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Precedenza: gravidanza");
        assertThat(robot.lookup(".paper-qr").queryAllAs(Label.class).iterator().next().getText())
                .startsWith("Codice QR: ").contains(UUID.nameUUIDFromBytes("B003".getBytes()).toString());
        Screenshots.save(robot.lookup("#printed-root").query(), "printed-tickets");
    }
}

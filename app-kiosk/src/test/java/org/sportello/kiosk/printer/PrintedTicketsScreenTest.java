package org.sportello.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sportello.devices.DeviceStatus;
import org.sportello.devices.printer.PrintResult;
import org.sportello.devices.printer.TicketPrintout;
import org.sportello.devices.printer.virtual.PrintedTicket;
import org.sportello.devices.printer.virtual.SimulatedCondition;
import org.sportello.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The printed-tickets window on its own: the real driver prints onto the virtual printer it shows. */
@ExtendWith(ApplicationExtension.class)
class PrintedTicketsScreenTest {
    static final ZonedDateTime AT = ZonedDateTime.of(2026, 11, 24, 10, 5, 0, 0, ZoneId.of("Europe/Rome"));
    final VirtualTicketPrinter printer = VirtualTicketPrinter.create();

    @Start
    void start(Stage stage) {
        assertThat(printer.printer().print(printout("A001", "Accoglienza e informazioni", "it", "", AT)).printed()).isTrue();
        PrintedTicketsApp.start(stage, printer.transport());
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

    /** The tickets on screen, top to bottom, as the virtual printer decoded them. */
    private static List<PrintedTicket> shown(FxRobot robot) {
        return robot.lookup(".paper-image").queryAllAs(ImageView.class).stream()
                .map(v -> (PrintedTicket) v.getUserData()).toList();
    }

    @Test
    void eachTicketIsShownAsTheVirtualPrinterDrewItNewestFirst(FxRobot robot) throws Exception {
        printer.printer().print(printout("C002", "Administrative services for companies", "en", "", AT.plusMinutes(3)));
        printer.printer().print(printout("B003", "Iscrizione, DID e certificati", "it", "Precedenza: gravidanza",
                AT.plusMinutes(7)));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".paper-image").queryAll().size() == 3);
        List<PrintedTicket> shown = shown(robot);
        assertThat(shown.get(0).textLines()).contains("B003", "Precedenza: gravidanza");
        assertThat(shown.get(1).textLines()).contains("C002");
        // The service is printed double width, so it wraps; the time is on the date line.
        assertThat(shown.get(1).text()).contains("Administrative").contains("10:08");
        assertThat(shown.get(2).textLines()).contains("A001", "Centro per l'Impiego di Bologna");
        ImageView top = robot.lookup(".paper-image").queryAs(ImageView.class);
        assertThat(top.getImage().getWidth()).as("one pixel per dot of an 80 mm head").isEqualTo(576);
        assertThat(top.getFitWidth()).as("shown at 1:1, never scaled into broken letters").isZero();
        assertThat(top.getBoundsInParent().getWidth()).isEqualTo(576);
        assertThat(robot.lookup("#condition-READY").queryAs(ToggleButton.class).isSelected()).isTrue();
        Screenshots.save(robot.lookup("#printed-root").query(), "printed-tickets");
    }

    @Test
    void theSwitchesSetTheSimulatedPrinterAndTheDriverReadsThem(FxRobot robot) {
        robot.clickOn("#condition-COVER_OPEN");
        assertThat(printer.transport().condition()).isEqualTo(SimulatedCondition.COVER_OPEN);
        PrintResult refused = printer.printer().print(printout("A002", "Accoglienza e informazioni", "it", "", AT));
        assertThat(refused.printed()).isFalse();
        assertThat(refused.status()).isEqualTo(DeviceStatus.COVER_OPEN);

        robot.clickOn("#condition-COVER_OPEN"); // clicking the lit switch again keeps it lit
        assertThat(robot.lookup("#condition-COVER_OPEN").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.clickOn("#condition-PAPER_NEAR_END");
        PrintResult low = printer.printer().print(printout("A003", "Accoglienza e informazioni", "it", "", AT));
        assertThat(low.printed()).isTrue();
        assertThat(low.status()).isEqualTo(DeviceStatus.PAPER_LOW);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown(robot)).extracting(t -> t.textLines().contains("A003"), t -> t.textLines().contains("A001"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, false),
                        org.assertj.core.groups.Tuple.tuple(false, true));
        assertThat(robot.lookup("#condition-PAPER_NEAR_END").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#condition-COVER_OPEN").queryAs(ToggleButton.class).isSelected()).isFalse();
        assertThat(robot.lookup("#condition-hint").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("Il chiosco stampa ancora; gli sportelli vedono l'avviso di carta in esaurimento.");
        Screenshots.save(robot.lookup("#printed-root").query(), "printed-tickets-paper-near-end");
    }
}

package org.sportello.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sportello.devices.card.CardRead;
import org.sportello.devices.card.CardReadError;
import org.sportello.devices.card.SimulatedCardReader;
import org.sportello.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The demo's buttons that show the kiosk's simulated reader a health card, under the printer's switches. */
@ExtendWith(ApplicationExtension.class)
class SimulatedCardControlsScreenTest {
    final VirtualTicketPrinter printer = VirtualTicketPrinter.create();
    final SimulatedCardReader reader = new SimulatedCardReader();

    @Start
    void start(Stage stage) {
        PrintedTicketsApp.start(stage, printer.transport(), reader);
    }

    @Test
    void eachButtonShowsTheReaderACardDecodedLikeARealOne(FxRobot robot) {
        Screenshots.save(robot.lookup("#printed-root").query(), "printed-tickets-card-controls");

        robot.clickOn("#card-sim-female");
        CardRead read = reader.read(Duration.ofSeconds(2));
        assertThat(read.isIdentified()).isTrue();
        assertThat(read.codiceFiscale().code()).isEqualTo("BNCLRA90A41F205I");

        robot.clickOn("#card-sim-garbled");
        assertThat(reader.read(Duration.ofSeconds(2)).error()).isEqualTo(CardReadError.UNREADABLE_DATA);
        assertThat(reader.read(Duration.ofMillis(100)).error()).as("one card per click").isEqualTo(CardReadError.NO_CARD);
    }
}

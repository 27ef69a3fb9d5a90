package org.sportello.kiosk.card;

import java.time.Clock;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sportello.devices.card.SimulatedCardReader;
import org.sportello.devices.card.TesseraText;
import org.sportello.model.setup.DemoPeople;
import org.sportello.ui.Texts;

/**
 * The demo's health-card reader, beside the simulated printer's switches: each button shows the kiosk
 * a card (valid Tessere Sanitarie, as their barcode reads, one of a demo citizen booked today, and a garbled swipe), decoded and
 * checked exactly as a real reader's text would be. Italian only: it is the demo operator's window.
 */
public final class SimulatedCardControls {
    /** What a tester can show: the label's key and what the reader would type. */
    private static final String[][] CARDS = {
        {"card.sim.male", "RSSMRA85T10A562S"},
        {"card.sim.female", "BNCLRA90A41F205I"},
        // The demo books him today (DemoAgenda): his card leads to a check-in.
        {"card.sim.appointment", DemoPeople.PAOLO_CONTI},
        {"card.sim.garbled", "%RSSMRA85T10A5"},
    };

    private SimulatedCardControls() {
    }

    /** The buttons; a card shown is presented to every reader given (the demo's kiosk and terminal). */
    public static Node of(Clock clock, SimulatedCardReader... readers) {
        Texts it = Texts.of(Locale.ITALIAN);
        FlowPane row = new FlowPane();
        row.getStyleClass().add("condition-switches");
        for (String[] card : CARDS) {
            Button b = new Button(it.get(card[0]));
            b.setId(card[0].replace('.', '-'));
            b.getStyleClass().addAll("condition", card[0].endsWith("garbled") ? "fault" : "fine");
            b.setOnAction(e -> {
                for (SimulatedCardReader reader : readers) {
                    reader.present(TesseraText.decode(card[1], clock));
                }
            });
            row.getChildren().add(b);
        }
        Label caption = new Label(it.get("card.sim.title"));
        caption.getStyleClass().add("printed-controls");
        Label hint = new Label(it.get("card.sim.hint"));
        hint.getStyleClass().add("printed-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(caption, row, hint);
        box.setId("card-controls");
        box.getStyleClass().add("printer-controls");
        return box;
    }
}

package org.sportello.kiosk.printer;

import java.time.Clock;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sportello.devices.card.SimulatedCardReader;
import org.sportello.devices.printer.virtual.VirtualPrinterTransport;
import org.sportello.kiosk.card.SimulatedCardControls;
import org.sportello.ui.Texts;

/** Opens the window of printed tickets beside a kiosk that prints on the virtual printer. */
public final class PrintedTicketsApp {
    /** The 576-dot paper at 1:1, its margins and the scroll bar. */
    public static final double WIDTH = 640;
    public static final double HEIGHT = 900;

    private PrintedTicketsApp() {
    }

    /**
     * With the buttons that show a health card to the simulated card readers given (none: no buttons;
     * in the demo, the kiosk's and the self-service terminal's, as if the citizen walked from one to the other).
     */
    public static PrintedTicketsViewModel start(Stage stage, VirtualPrinterTransport device, SimulatedCardReader... cards) {
        PrintedTicketsViewModel vm = new PrintedTicketsViewModel(device, Platform::runLater);
        PrintedTicketsView view = new PrintedTicketsView(vm);
        if (cards.length > 0 && cards[0] != null) {
            // Under the printer's switches: the kiosk's two simulated devices, one above the other.
            view.root().getChildren().add(3, SimulatedCardControls.of(Clock.systemUTC(), cards));
        }
        Scene scene = new Scene(view.root(), WIDTH, HEIGHT);
        scene.getStylesheets().add(PrintedTicketsApp.class.getResource("printed-tickets.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(Texts.of(Locale.ITALIAN).get("printed.window"));
        stage.show();
        return vm;
    }
}

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

    public static PrintedTicketsViewModel start(Stage stage, VirtualPrinterTransport device) {
        return start(stage, device, null);
    }

    /** With the buttons that show the kiosk's simulated card reader a health card; null for none. */
    public static PrintedTicketsViewModel start(Stage stage, VirtualPrinterTransport device, SimulatedCardReader cards) {
        PrintedTicketsViewModel vm = new PrintedTicketsViewModel(device, Platform::runLater);
        PrintedTicketsView view = new PrintedTicketsView(vm);
        if (cards != null) {
            // Under the printer's switches: the kiosk's two simulated devices, one above the other.
            view.root().getChildren().add(3, SimulatedCardControls.of(cards, Clock.systemUTC()));
        }
        Scene scene = new Scene(view.root(), WIDTH, HEIGHT);
        scene.getStylesheets().add(PrintedTicketsApp.class.getResource("printed-tickets.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(Texts.of(Locale.ITALIAN).get("printed.window"));
        stage.show();
        return vm;
    }
}

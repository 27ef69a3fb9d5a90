package org.sportello.kiosk.printer;

import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sportello.devices.printer.SimulatedTicketPrinter;
import org.sportello.ui.Texts;

/** Opens the window of printed tickets beside a kiosk that prints on the simulated printer. */
public final class PrintedTicketsApp {
    private PrintedTicketsApp() {
    }

    public static void start(Stage stage, SimulatedTicketPrinter printer) {
        PrintedTicketsViewModel vm = new PrintedTicketsViewModel(printer, Platform::runLater);
        Scene scene = new Scene(new PrintedTicketsView(vm).root(), 440, 900);
        scene.getStylesheets().add(PrintedTicketsApp.class.getResource("printed-tickets.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(Texts.of(Locale.ITALIAN).get("printed.window"));
        stage.show();
    }
}

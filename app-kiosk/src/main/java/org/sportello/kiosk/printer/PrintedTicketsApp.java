package org.sportello.kiosk.printer;

import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sportello.devices.printer.virtual.VirtualPrinterTransport;
import org.sportello.ui.Texts;

/** Opens the window of printed tickets beside a kiosk that prints on the virtual printer. */
public final class PrintedTicketsApp {
    public static final double WIDTH = 440;
    public static final double HEIGHT = 900;

    private PrintedTicketsApp() {
    }

    public static PrintedTicketsViewModel start(Stage stage, VirtualPrinterTransport device) {
        PrintedTicketsViewModel vm = new PrintedTicketsViewModel(device, Platform::runLater);
        Scene scene = new Scene(new PrintedTicketsView(vm).root(), WIDTH, HEIGHT);
        scene.getStylesheets().add(PrintedTicketsApp.class.getResource("printed-tickets.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(Texts.of(Locale.ITALIAN).get("printed.window"));
        stage.show();
        return vm;
    }
}

package org.sportello.demo;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.sportello.display.HallDisplayApp;
import org.sportello.kiosk.KioskApp;
import org.sportello.kiosk.printer.PrintedTicketsApp;
import org.sportello.kiosk.printer.VirtualTicketPrinter;
import org.sportello.model.persistence.OfficeConnection;
import org.sportello.operator.OperatorApp;

/**
 * The four demo windows, each with its own connection to the office server, as four workstations
 * would have. Closing any of them ends the demo.
 */
public final class DemoApp extends Application {
    /** The demo's windows, for tests and screenshots. */
    record Windows(Stage kiosk, Stage desk, Stage hall, Stage tickets) {
        List<Stage> all() {
            return List.of(kiosk, desk, hall, tickets);
        }
    }

    private final List<OfficeConnection> connections = new ArrayList<>();
    /** The real ESC/POS driver on a virtual TM-T20: the tickets window shows what its bytes say. */
    private final VirtualTicketPrinter printer = VirtualTicketPrinter.create();
    private Windows windows;

    @Override
    public void start(Stage kiosk) {
        String url = getParameters().getNamed().get("db");

        KioskApp.start(kiosk, connect(url), printer.printer(), false);
        Stage desk = new Stage();
        OperatorApp.start(desk, connect(url));
        Stage hall = new Stage();
        HallDisplayApp.start(hall, connect(url), false);
        Stage tickets = new Stage();
        PrintedTicketsApp.start(tickets, printer.transport());

        windows = new Windows(kiosk, desk, hall, tickets);
        arrange(kiosk, desk, hall, tickets);
        windows.all().forEach(s -> s.setOnCloseRequest(e -> Platform.exit()));
    }

    /**
     * Kiosk on the left (portrait, like the real one), desk in the middle at no less than its
     * minimum size, hall display and printed tickets stacked on the right in what is left.
     */
    private static void arrange(Stage kiosk, Stage desk, Stage hall, Stage tickets) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = screen.getWidth();
        double h = screen.getHeight();
        double kioskW = Math.min(h * 9 / 16, w * 0.3);
        double rightW = w * 0.25;
        double deskW = Math.min(Math.max(w - kioskW - rightW, desk.getMinWidth()), w - kioskW - w * 0.15);
        rightW = w - kioskW - deskW;
        // On a small screen all four windows matter more than the desk's usual minimum size.
        desk.setMinWidth(Math.min(desk.getMinWidth(), deskW));
        desk.setMinHeight(Math.min(desk.getMinHeight(), h));
        double x = screen.getMinX();
        double y = screen.getMinY();
        place(kiosk, x, y, kioskW, h);
        place(desk, x + kioskW, y, deskW, h);
        place(hall, x + w - rightW, y, rightW, rightW * 9 / 16);
        place(tickets, x + w - rightW, y + rightW * 9 / 16, rightW, h - rightW * 9 / 16);
    }

    private static void place(Stage stage, double x, double y, double w, double h) {
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(w);
        stage.setHeight(h);
    }

    private OfficeConnection connect(String url) {
        OfficeConnection c = OfficeConnection.open(url);
        connections.add(c);
        return c;
    }

    Windows windows() {
        return windows;
    }

    VirtualTicketPrinter printer() {
        return printer;
    }

    @Override
    public void stop() {
        connections.forEach(OfficeConnection::close);
    }
}

package org.sportello.demo;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.sportello.devices.printer.SimulatedTicketPrinter;
import org.sportello.display.HallDisplayApp;
import org.sportello.kiosk.KioskApp;
import org.sportello.kiosk.printer.PrintedTicketsApp;
import org.sportello.model.persistence.OfficeConnection;
import org.sportello.operator.OperatorApp;

/**
 * The four demo windows, each with its own connection to the office server, as four workstations
 * would have. Closing any of them ends the demo.
 */
public final class DemoApp extends Application {
    private final List<OfficeConnection> connections = new ArrayList<>();
    private final List<Stage> stages = new ArrayList<>();

    @Override
    public void start(Stage kiosk) {
        String url = getParameters().getNamed().get("db");
        SimulatedTicketPrinter printer = new SimulatedTicketPrinter();

        KioskApp.start(kiosk, connect(url), printer, false);
        Stage desk = new Stage();
        OperatorApp.start(desk, connect(url));
        Stage hall = new Stage();
        HallDisplayApp.start(hall, connect(url), false);
        Stage tickets = new Stage();
        PrintedTicketsApp.start(tickets, printer);

        stages.addAll(List.of(kiosk, desk, hall, tickets));
        arrange(kiosk, desk, hall, tickets);
        stages.forEach(s -> s.setOnCloseRequest(e -> Platform.exit()));
    }

    /** Kiosk on the left, desk in the middle, hall display and tickets stacked on the right. */
    private static void arrange(Stage kiosk, Stage desk, Stage hall, Stage tickets) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double third = screen.getWidth() / 3;
        double half = screen.getHeight() / 2;
        place(kiosk, screen.getMinX(), screen.getMinY(), third * 0.8, screen.getHeight());
        place(desk, screen.getMinX() + third * 0.8, screen.getMinY(), third * 1.3, screen.getHeight());
        place(hall, screen.getMinX() + third * 2.1, screen.getMinY(), third * 0.9, half);
        place(tickets, screen.getMinX() + third * 2.1, screen.getMinY() + half, third * 0.9, half);
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

    List<Stage> stages() {
        return List.copyOf(stages);
    }

    @Override
    public void stop() {
        connections.forEach(OfficeConnection::close);
    }
}

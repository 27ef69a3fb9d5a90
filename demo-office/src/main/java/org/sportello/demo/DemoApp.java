package org.sportello.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sportello.devices.card.SimulatedCardReader;
import org.sportello.devices.config.DeviceConfig;
import org.sportello.devices.config.DeviceFactory;
import org.sportello.devices.config.DeviceKind;
import org.sportello.devices.transport.TransportSpec;
import org.sportello.display.HallDisplayApp;
import org.sportello.display.HallSettings;
import org.sportello.display.ToneChime;
import org.sportello.display.devices.DeviceReporting;
import org.sportello.display.devices.HallDevices;
import org.sportello.display.devices.SimulatedDevicesApp;
import org.sportello.kiosk.KioskApp;
import org.sportello.kiosk.printer.PrintedTicketsApp;
import org.sportello.kiosk.printer.VirtualTicketPrinter;
import java.time.Clock;
import org.sportello.link.StationLink;
import org.sportello.protocol.station.OfficeAddress;
import org.sportello.protocol.station.StationIdentity;
import org.sportello.operator.OperatorApp;
import org.sportello.operator.documents.A4Printer;
import org.sportello.operator.documents.DeskPrinters;

/**
 * The four demo windows, each an enrolled station with its own link to the office server, as four
 * workstations would have. Closing any of them ends the demo.
 */
public final class DemoApp extends Application {
    /** The demo's windows, for tests and screenshots. */
    record Windows(Stage kiosk, Stage desk, Stage hall, Stage tickets, Stage devices) {
        List<Stage> all() {
            return List.of(kiosk, desk, hall, tickets, devices);
        }
    }

    /** Each window is its own enrolled station with its own link, as on its own machine. */
    private final List<StationLink> links = new ArrayList<>();
    /** The real ESC/POS driver on a virtual TM-T20: the tickets window shows what its bytes say. */
    private final VirtualTicketPrinter printer = VirtualTicketPrinter.create();
    /** The kiosk's health-card reader; the printed-tickets window has the buttons that show it a card. */
    private final SimulatedCardReader cards = new SimulatedCardReader();
    private Windows windows;
    private HallDevices hallDevices;

    @Override
    public void start(Stage kiosk) {
        OfficeAddress office = OfficeAddress.parse(getParameters().getNamed().get("office"));
        Path stations = Path.of(getParameters().getNamed().get("stations"));

        KioskApp.start(kiosk, link(office, stations, DemoOffice.DemoStation.KIOSK), printer.printer(), false, cards);
        Stage desk = new Stage();
        OperatorApp.start(desk, link(office, stations, DemoOffice.DemoStation.DESK),
                // The demo ends when a window is closed by hand (below), not when the desk closes itself.
                deskPrinters(getParameters().getNamed().get("printed")), () -> { });
        Stage hall = new Stage();
        hallDevices = simulatedHallDevices();
        StationLink hallOffice = link(office, stations, DemoOffice.DemoStation.HALL);
        HallDisplayApp.start(hall, hallOffice, false, HallSettings.defaults(), new ToneChime(), hallDevices);
        new DeviceReporting("Sala", () -> hallOffice.services().devices(), HallDevices.RETRY_DELAY).watch(hallDevices);
        Stage tickets = new Stage();
        PrintedTicketsApp.start(tickets, printer.transport(), cards);
        Stage devices = new Stage();
        SimulatedDevicesApp.start(devices, hallDevices);

        windows = new Windows(kiosk, desk, hall, tickets, devices);
        arrange(kiosk, desk, hall, tickets, devices);
        windows.all().forEach(s -> s.setOnCloseRequest(e -> Platform.exit()));
    }

    /**
     * Kiosk on the left (portrait, like the real one), desk in the middle at no less than its
     * minimum size, hall display and printed tickets stacked on the right in what is left.
     */
    /**
     * A hall board and one LED board above each demo counter, and a voice in Italian then English,
     * all simulated: what a display workstation with no devices.properties lines for them would drive.
     */
    private static HallDevices simulatedHallDevices() {
        DeviceFactory factory = DeviceFactory.system();
        Map<String, DeviceConfig> boards = new LinkedHashMap<>();
        for (String name : List.of("main", "counter1", "counter2", "counter3")) {
            boards.put(name, DeviceConfig.simulator("board." + name, DeviceKind.BOARD));
        }
        DeviceConfig announcer = new DeviceConfig("announcer", DeviceKind.ANNOUNCER, DeviceConfig.SIMULATOR,
                new TransportSpec.Simulator(), Map.of("lang", "it,en"));
        return new HallDevices(factory.boards(boards), factory.announcer(announcer),
                factory.announcementLanguages(announcer), HallDevices.RETRY_DELAY);
    }

    /**
     * The desk prints short receipts on the same virtual TM-T20 (so they appear in the printed-tickets
     * window) and A4 documents as PostScript files in the demo's data folder: a demo never wastes paper
     * on a real printer, and still runs the real printing code.
     */
    private DeskPrinters deskPrinters(String printedFolder) {
        Path folder = printedFolder != null ? Path.of(printedFolder) : Path.of("demo-data", "printed");
        return new DeskPrinters(new A4Printer(new A4Printer.Destination.PostScriptFolder(folder),
                A4Printer.PrintServices.SYSTEM), printer.printer(), DeskPrinters.printingThread());
    }

    private static void arrange(Stage kiosk, Stage desk, Stage hall, Stage tickets, Stage devices) {
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
        double hallH = rightW * 9 / 16;
        double devicesH = Math.min(330, (h - hallH) / 2);
        place(hall, x + w - rightW, y, rightW, hallH);
        place(devices, x + w - rightW, y + hallH, rightW, devicesH);
        place(tickets, x + w - rightW, y + hallH + devicesH, rightW, h - hallH - devicesH);
    }

    private static void place(Stage stage, double x, double y, double w, double h) {
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(w);
        stage.setHeight(h);
    }

    private StationLink link(OfficeAddress office, Path stations, DemoOffice.DemoStation station) {
        StationLink link = StationLink.open(office, StationIdentity.load(stations.resolve(station.folder)),
                Clock.systemUTC());
        links.add(link);
        return link;
    }

    Windows windows() {
        return windows;
    }

    VirtualTicketPrinter printer() {
        return printer;
    }

    HallDevices hallDevices() {
        return hallDevices;
    }

    @Override
    public void stop() {
        links.forEach(StationLink::close);
    }
}

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
import org.sportello.protocol.client.RemoteOffers;
import org.sportello.selfservice.SelfServiceApp;
import org.sportello.selfservice.TerminalSettings;
import org.sportello.operator.documents.A4Printer;
import org.sportello.operator.documents.DeskPrinters;

/**
 * The four demo windows, each an enrolled station with its own link to the office server, as four
 * workstations would have. Closing any of them ends the demo.
 */
public final class DemoApp extends Application {
    /** The demo's windows, for tests and screenshots. */
    record Windows(Stage kiosk, Stage desk, Stage hall, Stage tickets, Stage devices, Stage terminal) {
        List<Stage> all() {
            return List.of(kiosk, desk, hall, tickets, devices, terminal);
        }
    }

    /** Each window is its own enrolled station with its own link, as on its own machine. */
    private final List<StationLink> links = new ArrayList<>();
    /** The real ESC/POS driver on a virtual TM-T20: the tickets window shows what its bytes say. */
    private final VirtualTicketPrinter printer = VirtualTicketPrinter.create();
    /** The kiosk's health-card reader; the printed-tickets window has the buttons that show it a card. */
    private final SimulatedCardReader cards = new SimulatedCardReader();
    /** The self-consultation terminal's reader: the same card buttons show a card to both. */
    private final SimulatedCardReader terminalCards = new SimulatedCardReader();
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
        PrintedTicketsApp.start(tickets, printer.transport(), cards, terminalCards);
        Stage devices = new Stage();
        SimulatedDevicesApp.start(devices, hallDevices);
        // The self-consultation terminal (issue 12) prints its offers on the same virtual printer, so they
        // appear in the printed-tickets window; it opens where the desk is, behind it.
        Stage terminal = new Stage();
        StationLink terminalLink = link(office, stations, DemoOffice.DemoStation.TERMINAL);
        SelfServiceApp.start(terminal, new RemoteOffers(terminalLink.channel()),
                () -> terminalLink.services().directory().office().name(), printer.printer(), false,
                TerminalSettings.defaults(), terminalCards);

        windows = new Windows(kiosk, desk, hall, tickets, devices, terminal);
        arrange(kiosk, desk, hall, tickets, devices);
        // Kept inside the screen like the others: a window past its edge is lost (and breaks the headless platform).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        place(screen, terminal, new Rectangle2D(desk.getX() - screen.getMinX(), desk.getY() - screen.getMinY(),
                desk.getWidth(), desk.getHeight()));
        terminal.toBack();
        windows.all().forEach(s -> s.setOnCloseRequest(e -> Platform.exit()));
    }

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

    /** Puts the windows where {@link DemoLayout} says, front to back as it says. */
    static void arrange(Stage kiosk, Stage desk, Stage hall, Stage tickets, Stage devices) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        DemoLayout l = DemoLayout.of(screen.getWidth(), screen.getHeight());
        desk.setMinWidth(Math.min(desk.getMinWidth(), l.desk().getWidth()));
        desk.setMinHeight(Math.min(desk.getMinHeight(), screen.getHeight()));
        place(screen, kiosk, l.kiosk());
        place(screen, desk, l.desk());
        place(screen, devices, l.devices());
        place(screen, tickets, l.tickets());
        place(screen, hall, l.hall());
        if (!l.othersBehind()) {
            hall.toFront();
            if (l.hallOverDesk()) {
                desk.toFront();
                System.out.printf("On this screen (%.0fx%.0f) the hall display opens partly behind the desk: "
                        + "click it (or Alt+Tab) to see it whole.%n", screen.getWidth(), screen.getHeight());
            }
            return;
        }
        List.of(devices, tickets, hall).forEach(Stage::toFront);
        (l.kioskBehind() ? List.of(kiosk, desk) : List.of(desk, kiosk)).forEach(Stage::toFront);
        System.out.printf("This screen (%.0fx%.0f) is too small to show every window side by side: %s open "
                + "behind the desk (switch with Alt+Tab).%n", screen.getWidth(), screen.getHeight(),
                l.kioskBehind() ? "the kiosk, hall display, simulated boards and printed tickets are"
                        : "the hall display, simulated boards and printed tickets are");
    }

    /**
     * On a screen too small for a right-hand column (it gets no width), its windows still open at a
     * usable size, moved back inside the screen: a window past the screen's edge is lost to the user
     * (and crashes the headless test platform).
     */
    private static void place(Rectangle2D screen, Stage stage, Rectangle2D where) {
        double width = Math.min(where.getWidth(), screen.getWidth());
        double height = Math.min(where.getHeight(), screen.getHeight());
        double x = screen.getMinX() + where.getMinX();
        double y = screen.getMinY() + where.getMinY();
        stage.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width)));
        stage.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height)));
        stage.setWidth(width);
        stage.setHeight(height);
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

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
        place(Screen.getPrimary().getVisualBounds(), terminal, desk.getX(), desk.getY(), desk.getWidth(),
                desk.getHeight());
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

    /**
     * Kiosk on the left (portrait, like the real one), the desk beside it at no less than its minimum
     * size (1024 wide: every column fits there), the simulated boards and printed tickets in the
     * column on the right. The hall display opens at a size its words can be read at (at least
     * 960x540, half its design); where the right column is narrower it sits in the bottom-right
     * corner over the printed tickets, and on a small screen over the desk's corner too, rather
     * than shrink to a thumbnail nobody can read.
     */
    static void arrange(Stage kiosk, Stage desk, Stage hall, Stage tickets, Stage devices) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Layout l = Layout.of(screen.getWidth(), screen.getHeight());
        double x = screen.getMinX();
        double y = screen.getMinY();
        if (l.rightW() < SMALLEST_SIDE) {
            arrangeSmall(screen, kiosk, desk, hall, tickets, devices);
            return;
        }
        desk.setMinWidth(Math.min(desk.getMinWidth(), l.deskW()));
        desk.setMinHeight(Math.min(desk.getMinHeight(), screen.getHeight()));
        place(screen, kiosk, x, y, l.kioskW(), screen.getHeight());
        place(screen, desk, x + l.kioskW(), y, l.deskW(), screen.getHeight());
        double rightX = x + l.kioskW() + l.deskW();
        place(screen, devices, rightX, y, l.rightW(), l.devicesH());
        place(screen, tickets, rightX, y + l.devicesH(), l.rightW(), l.ticketsH(screen.getHeight()));
        place(screen, hall, x + screen.getWidth() - l.hallW(), y + screen.getHeight() - l.hallH(), l.hallW(), l.hallH());
        hall.toFront();
    }

    /**
     * A screen with no room for a right-hand column (under about 1,300 px wide): every window side by
     * side, smaller, none over another.
     */
    private static void arrangeSmall(Rectangle2D screen, Stage kiosk, Stage desk, Stage hall, Stage tickets,
                                     Stage devices) {
        double w = screen.getWidth();
        double h = screen.getHeight();
        double kioskW = Math.min(h * 9 / 16, w * 0.3);
        double rightW = w * 0.25;
        double deskW = Math.min(Math.max(w - kioskW - rightW, desk.getMinWidth()), w - kioskW - w * 0.15);
        rightW = w - kioskW - deskW;
        desk.setMinWidth(Math.min(desk.getMinWidth(), deskW));
        desk.setMinHeight(Math.min(desk.getMinHeight(), h));
        double x = screen.getMinX();
        double y = screen.getMinY();
        double hallH = rightW * 9 / 16;
        double devicesH = Math.min(330, (h - hallH) / 2);
        place(screen, kiosk, x, y, kioskW, h);
        place(screen, desk, x + kioskW, y, deskW, h);
        place(screen, hall, x + w - rightW, y, rightW, hallH);
        place(screen, devices, x + w - rightW, y + hallH, rightW, devicesH);
        place(screen, tickets, x + w - rightW, y + hallH + devicesH, rightW, h - hallH - devicesH);
    }

    /** Where the demo's windows go on a screen of the given size; pure, for tests. */
    record Layout(double kioskW, double deskW, double rightW, double devicesH, double hallW, double hallH) {
        static final double DESK_MIN = 1024;
        static final double HALL_READABLE_W = 960;

        static Layout of(double w, double h) {
            double kioskW = Math.min(h * 9 / 16, w * 0.25);
            double deskW = Math.max(Math.min(DESK_MIN, w - kioskW), Math.min(1366, w - kioskW - 420));
            double rightW = Math.max(0, w - kioskW - deskW);
            double hallW = Math.min(w, Math.max(HALL_READABLE_W, rightW));
            double hallH = Math.min(h, hallW * 9 / 16);
            double devicesH = Math.min(380, h / 3);
            return new Layout(kioskW, deskW, rightW, devicesH, hallW, hallH);
        }

        /** The printed tickets fill the column; above the hall display when the column holds it whole. */
        double ticketsH(double h) {
            return rightW >= hallW ? h - devicesH - hallH : h - devicesH;
        }
    }

    /**
     * On a screen too small for a right-hand column (it gets no width), its windows still open at a
     * usable size, moved back inside the screen: a window past the screen's edge is lost to the user
     * (and crashes the headless test platform).
     */
    private static void place(Rectangle2D screen, Stage stage, double x, double y, double w, double h) {
        double width = Math.min(w, screen.getWidth());
        double height = Math.min(h, screen.getHeight());
        stage.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width)));
        stage.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height)));
        stage.setWidth(width);
        stage.setHeight(height);
    }

    private static final double SMALLEST_SIDE = 240;

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

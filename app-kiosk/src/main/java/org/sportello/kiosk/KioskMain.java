package org.sportello.kiosk;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.sportello.devices.card.CardReader;
import org.sportello.devices.card.SimulatedCardReader;
import org.sportello.devices.scanner.BarcodeScanner;
import org.sportello.devices.config.DeviceFactory;
import org.sportello.devices.config.DevicesConfig;
import org.sportello.display.Chime;
import org.sportello.display.HallDisplayApp;
import org.sportello.display.HallDisplayViewModel;
import org.sportello.display.HallSettings;
import org.sportello.display.ToneChime;
import org.sportello.display.devices.DeviceReporting;
import org.sportello.display.devices.HallDevices;
import org.sportello.display.devices.SimulatedDevicesApp;
import org.sportello.kiosk.printer.KioskPrinter;
import org.sportello.kiosk.printer.PrintedTicketsApp;
import org.sportello.link.StationLink;
import org.sportello.link.StationOptions;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.link.StartupProbe;
import org.sportello.ui.unlock.UnlockOverlay;

/**
 * Runs the kiosk, or with {@code --display} the hall display, as an enrolled station of the office
 * server: {@code KioskMain --office HOST:PORT [--enrol CODE] [--identity DIR] [--station NAME]
 * [--display] [--windowed]}. The first start joins the office with the one-time code; later starts use
 * the identity kept under {@code ~/.sportello/station}. The office may be down at start: the screen
 * then says so and connects as soon as it can. Not an {@link Application} itself, so it starts from a
 * plain class path.
 */
public final class KioskMain {
    static final String USAGE = "usage: --office HOST:PORT [--enrol CODE] [--identity DIR] [--station NAME]"
            + " [--display] [--windowed]";
    /** Exit status for a command line or an enrolment the station cannot start with. */
    static final int USAGE_ERROR = 2;
    /** Exit status when the office could not be reached to join it. */
    static final int UNREACHABLE = 1;

    /** The display's local name when {@code --station} does not give one. */
    static final String DISPLAY_STATION = "Sala";

    /** What {@link Fx} runs; set once by {@link #main} before the toolkit starts. */
    private static volatile Started started;
    /** What the process ends with once the toolkit has stopped: {@code Layout.UNLOCKED_EXIT} after a technician's unlock. */
    private static volatile int exitStatus;
    /** A technician unlocked the station: the appliance's session leaves the screen to the console (ADR 31). */
    static final int UNLOCKED_EXIT = UnlockOverlay.UNLOCKED_EXIT;

    private KioskMain() {
    }

    public static void main(String[] args) {
        int status = run(List.of(args), System.getenv(), Path.of(System.getProperty("user.home")), Clock.systemUTC(),
                System.err, (options, link) -> launch(options, link, kiosk -> { }, display -> { }));
        if (status == 0) {
            status = exitStatus;
        }
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Starts the toolkit with the kiosk or the display; {@code kiosk} or {@code display} gets its ViewModel once
     * its screen is up (the benchmarks' drives; the launchers pass nothing).
     */
    static void launch(Options options, Supplier<StationLink> link, Consumer<KioskViewModel> kiosk,
                       Consumer<HallDisplayViewModel> display) {
        started = new Started(options, link, kiosk, display);
        Application.launch(Fx.class);
    }

    /** Shows the kiosk or the display once the station's link is there (the toolkit; a recorder in tests). */
    interface Screen {
        void show(Options options, Supplier<StationLink> link);
    }

    /**
     * Reads the command line, joins the office on first start, and hands the link to {@code screen}.
     * Returns the exit status: 0 when the screen was shown, {@value #USAGE_ERROR} for a wrong command line,
     * a station not enrolled or a refused code, {@value #UNREACHABLE} when the office could not be reached
     * to join it.
     */
    static int run(List<String> args, Map<String, String> environment, Path home, Clock clock, PrintStream err,
                   Screen screen) {
        Options options;
        try {
            options = Options.parse(args, environment, home);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return USAGE_ERROR;
        }
        Supplier<StationLink> link;
        try {
            // The link opens while the toolkit starts; only a first start's joining is waited for here.
            link = options.station().connectInBackground(clock);
        } catch (StationOptions.NotEnrolled e) {
            err.println(e.getMessage());
            return USAGE_ERROR;
        } catch (SportelloException e) {
            err.println(e.localizedMessage(Locale.getDefault()));
            return e.problem() == Problem.ENROLMENT_REFUSED ? USAGE_ERROR : UNREACHABLE;
        }
        screen.show(options, link);
        return 0;
    }

    /**
     * The command line.
     *
     * @param station     where the office is and who this station is
     * @param stationName a local label only: the office names the station from its certificate
     */
    record Options(StationOptions station, String stationName, boolean display, boolean windowed) {
        static Options parse(List<String> args, Map<String, String> environment, Path home) {
            if (args.contains("--db")) {
                throw new IllegalArgumentException("--db is gone: a workstation reaches the office server with "
                        + "--office HOST:PORT (the first line \"sportello office serve\" prints)");
            }
            List<String> rest = new ArrayList<>(args);
            StationOptions station = StationOptions.take(rest, environment, home);
            String name = null;
            boolean display = false;
            boolean windowed = false;
            for (int i = 0; i < rest.size(); i++) {
                switch (rest.get(i)) {
                    case "--station" -> {
                        if (i + 1 >= rest.size()) {
                            throw new IllegalArgumentException("--station needs the kiosk's name, e.g. \"Chiosco ingresso\"");
                        }
                        name = rest.get(++i);
                    }
                    case "--display" -> display = true;
                    case "--windowed" -> windowed = true;
                    default -> throw new IllegalArgumentException("unknown option " + rest.get(i));
                }
            }
            if (name == null) {
                name = display ? DISPLAY_STATION : KioskSettings.defaults().station();
            }
            return new Options(station, name, display, windowed);
        }
    }

    private record Started(Options options, Supplier<StationLink> link, Consumer<KioskViewModel> kiosk,
                           Consumer<HallDisplayViewModel> display) {
    }

    /** The JavaFX application behind {@link #main}. */
    public static final class Fx extends Application {
        private StationLink link;
        private DeviceReporting reporting;

        @Override
        public void start(Stage stage) {
            Started s = started;
            if (s == null) {
                throw new IllegalStateException("start the kiosk with KioskMain, which joins the office first");
            }
            Options options = s.options();
            try {
                link = s.link().get();
            } catch (RuntimeException e) {
                // The identity could not be read: as before the toolkit started, the station ends with why.
                System.err.println(e instanceof SportelloException se ? se.localizedMessage(Locale.getDefault())
                        : e.getMessage());
                exitStatus = UNREACHABLE;
                Platform.exit();
                return;
            }
            showStation(stage, s);
        }

        private void showStation(Stage stage, Started s) {
            show(stage, s);
            // A locked appliance (SPORTELLO_UNLOCK_FILE set by its unit) opens to the technician only.
            UnlockOverlay.lockIfAppliance(stage.getScene(), System.getenv(), () -> {
                exitStatus = UNLOCKED_EXIT;
                Platform.exit();
            });
        }

        private void show(Stage stage, Started s) {
            Options options = s.options();
            if (options.display()) {
                DevicesConfig config = DevicesConfig.load();
                HallDevices devices = HallDevices.from(config, DeviceFactory.system());
                // Real voice clips start with their own chime; the screen's tone would ring twice.
                Chime chime = config.announcer().isSimulated() ? new ToneChime() : Chime.SILENT;
                HallDisplayViewModel board = HallDisplayApp.start(stage, link, !options.windowed(),
                        HallSettings.defaults(), chime, devices);
                // The board is up once the window is: calls arrive on it as they happen.
                Platform.runLater(() -> StartupProbe.ready("display", Platform::exit));
                reporting = new DeviceReporting(options.stationName(), () -> link.services().devices(),
                        HallDevices.RETRY_DELAY).watch(devices);
                if (options.windowed() && HallDevices.anySimulated(config)) {
                    SimulatedDevicesApp.start(new Stage(), devices);
                }
                s.display().accept(board);
                return;
            }
            DevicesConfig devices = DevicesConfig.load();
            KioskPrinter printer = KioskPrinter.from(devices, DeviceFactory.system());
            // A simulated reader only in a window, where its buttons can be seen: at a real kiosk it would read nothing.
            SimulatedCardReader simulatedCards = options.windowed() && devices.cardReader().isSimulated()
                    ? new SimulatedCardReader() : null;
            CardReader cards = devices.cardReader().isSimulated() ? simulatedCards
                    : DeviceFactory.system().cardReader(devices.cardReader());
            // The letters' QR: a real scanner when the devices file names one; the simulated one reads nothing.
            BarcodeScanner scanner = devices.scanner().isSimulated() ? null
                    : DeviceFactory.system().scanner(devices.scanner());
            KioskViewModel vm = KioskApp.start(stage, link, printer.printer(), !options.windowed(),
                    KioskSettings.defaults().withStation(options.stationName()), cards, scanner);
            // Usable: the home screen with the office's services, or the out-of-service page if it is away.
            vm.screenProperty().addListener((o, was, now) -> {
                if (now == KioskViewModel.Screen.HOME || now == KioskViewModel.Screen.OUT_OF_SERVICE) {
                    StartupProbe.ready(now == KioskViewModel.Screen.HOME ? "kiosk" : "kiosk-out-of-service",
                            Platform::exit);
                }
            });
            if (options.windowed() && printer.virtual().isPresent()) {
                // On a desk the simulated paper is worth seeing; on a kiosk screen it would cover the tiles.
                PrintedTicketsApp.start(new Stage(), printer.virtual().get().transport(), simulatedCards);
            }
            s.kiosk().accept(vm);
        }

        @Override
        public void stop() {
            if (reporting != null) {
                reporting.close();
            }
            if (link != null) {
                link.close();
            }
        }
    }
}

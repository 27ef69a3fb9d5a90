package org.sportello.selfservice;

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
import org.sportello.devices.config.DeviceFactory;
import org.sportello.devices.config.DevicesConfig;
import org.sportello.kiosk.printer.KioskPrinter;
import org.sportello.kiosk.printer.PrintedTicketsApp;
import org.sportello.link.StartupProbe;
import org.sportello.link.StationLink;
import org.sportello.link.StationOptions;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.protocol.client.RemoteOffers;
import org.sportello.ui.unlock.UnlockOverlay;

/**
 * Runs the self-consultation terminal as an enrolled station (role {@code self-service}) of the office
 * server: {@code SelfServiceMain --office HOST:PORT [--enrol CODE] [--identity DIR] [--windowed]}. Its
 * printer and health-card reader are the workstation's ({@code devices.properties}), as at a kiosk; with
 * none configured, the virtual printer (and, windowed, the simulated card reader) stand in.
 */
public final class SelfServiceMain {
    static final String USAGE = "usage: --office HOST:PORT [--enrol CODE] [--identity DIR] [--windowed]";
    static final int USAGE_ERROR = 2;
    static final int UNREACHABLE = 1;

    private static volatile Started started;
    /**
     * What the process ends with once the toolkit has stopped: {@value #UNREACHABLE} when the link could not
     * open, {@code UnlockOverlay.UNLOCKED_EXIT} after a technician's unlock.
     */
    private static volatile int exitStatus;

    private SelfServiceMain() {
    }

    public static void main(String[] args) {
        int status = run(List.of(args), System.getenv(), Path.of(System.getProperty("user.home")), Clock.systemUTC(),
                System.err, (options, link) -> launch(options, link, vm -> { }));
        if (status == 0) {
            status = exitStatus;
        }
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Starts the toolkit with the terminal; {@code built} gets its ViewModel once its screen is up. */
    static void launch(Options options, Supplier<StationLink> link, Consumer<TerminalViewModel> built) {
        started = new Started(options, link, built);
        Application.launch(Fx.class);
    }

    /** Shows the terminal once the station's link is there (the toolkit; a recorder in tests). */
    interface Screen {
        void show(Options options, Supplier<StationLink> link);
    }

    /** Reads the command line, joins the office on first start and hands the link on; the exit status. */
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

    record Options(StationOptions station, boolean windowed) {
        static Options parse(List<String> args, Map<String, String> environment, Path home) {
            List<String> rest = new ArrayList<>(args);
            StationOptions station = StationOptions.take(rest, environment, home);
            boolean windowed = false;
            for (String a : rest) {
                if (a.equals("--windowed")) {
                    windowed = true;
                } else {
                    throw new IllegalArgumentException("unknown option " + a);
                }
            }
            return new Options(station, windowed);
        }
    }

    private record Started(Options options, Supplier<StationLink> link, Consumer<TerminalViewModel> built) {
    }

    /** The JavaFX application behind {@link #main}. */
    public static final class Fx extends Application {
        private StationLink link;

        @Override
        public void start(Stage stage) {
            Started s = started;
            if (s == null) {
                throw new IllegalStateException("start the terminal with SelfServiceMain, which joins the office first");
            }
            try {
                link = s.link().get();
            } catch (RuntimeException e) {
                // The identity could not be read: the terminal ends with why, as before the toolkit started.
                System.err.println(e instanceof SportelloException se ? se.localizedMessage(Locale.getDefault())
                        : e.getMessage());
                exitStatus = UNREACHABLE;
                Platform.exit();
                return;
            }
            boolean windowed = s.options().windowed();
            DevicesConfig devices = DevicesConfig.load();
            KioskPrinter printer = KioskPrinter.from(devices, DeviceFactory.system());
            SimulatedCardReader simulated = windowed && devices.cardReader().isSimulated() ? new SimulatedCardReader() : null;
            CardReader cards = devices.cardReader().isSimulated() ? simulated
                    : DeviceFactory.system().cardReader(devices.cardReader());
            TerminalViewModel vm = SelfServiceApp.start(stage, new RemoteOffers(link.channel()),
                    () -> link.services().directory().office().name(), printer.printer(), !windowed,
                    TerminalSettings.defaults(), cards);
            // A locked appliance ("sportello setup self-service") opens to the technician only.
            UnlockOverlay.lockIfAppliance(stage.getScene(), System.getenv(), () -> {
                exitStatus = UnlockOverlay.UNLOCKED_EXIT;
                Platform.exit();
            });
            vm.screenProperty().addListener((o, was, now) -> {
                if (now == TerminalViewModel.Screen.SEARCH || now == TerminalViewModel.Screen.OUT_OF_SERVICE) {
                    StartupProbe.ready(now == TerminalViewModel.Screen.SEARCH ? "self-service" : "self-service-out-of-service",
                            Platform::exit);
                }
            });
            if (windowed && printer.virtual().isPresent()) {
                PrintedTicketsApp.start(new Stage(), printer.virtual().get().transport(), simulated);
            }
            s.built().accept(vm);
        }

        @Override
        public void stop() {
            if (link != null) {
                link.close();
            }
        }
    }
}

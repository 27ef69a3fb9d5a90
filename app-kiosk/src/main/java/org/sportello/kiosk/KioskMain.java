package org.sportello.kiosk;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.sportello.display.Chime;
import org.sportello.display.HallDisplayApp;
import org.sportello.display.ToneChime;
import org.sportello.display.devices.DeviceReporting;
import org.sportello.display.devices.HallDevices;
import org.sportello.display.devices.SimulatedDevicesApp;
import org.sportello.display.HallSettings;
import org.sportello.kiosk.printer.PrintedTicketsApp;
import org.sportello.kiosk.printer.KioskPrinter;
import org.sportello.devices.card.CardReader;
import org.sportello.devices.card.SimulatedCardReader;
import org.sportello.devices.config.DeviceFactory;
import org.sportello.devices.config.DevicesConfig;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.ui.OfficeLink;

/**
 * Runs the kiosk, or with {@code --display} the hall display, on its own:
 * {@code KioskMain [--db URL] [--station NAME] [--display] [--windowed]}. The database may be down at start: the
 * screen then says so and connects as soon as it can. Not an {@link Application} itself, so it
 * starts from a plain class path.
 */
public final class KioskMain {
    private KioskMain() {
    }

    public static void main(String[] args) {
        Options.parse(List.of(args));
        Application.launch(Fx.class, args);
    }

    /** The hall display's name when {@code --station} does not give one. */
    static final String DISPLAY_STATION = "Sala";

    /** The command line. */
    record Options(String databaseUrl, String station, boolean display, boolean windowed) {
        static Options parse(List<String> args) {
            String url = OfficeDatabase.fileUrl(Path.of(System.getProperty("user.home"), ".sportello", "data"));
            String station = KioskSettings.defaults().station();
            boolean display = false;
            boolean windowed = false;
            boolean named = false;
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--db" -> {
                        if (i + 1 >= args.size()) {
                            throw new IllegalArgumentException("--db needs a JDBC URL, e.g. jdbc:h2:tcp://server:9092/office");
                        }
                        url = args.get(++i);
                    }
                    case "--station" -> {
                        if (i + 1 >= args.size()) {
                            throw new IllegalArgumentException("--station needs the kiosk's name, e.g. \"Chiosco ingresso\"");
                        }
                        station = args.get(++i);
                        named = true;
                    }
                    case "--display" -> display = true;
                    case "--windowed" -> windowed = true;
                    default -> throw new IllegalArgumentException(
                            "unknown option " + args.get(i) + "; usage: [--db URL] [--station NAME] [--display] [--windowed]");
                }
            }
            // A display's name is what the desks read when one of its boards fails.
            return new Options(url, display && !named ? DISPLAY_STATION : station, display, windowed);
        }
    }

    /** The JavaFX application behind {@link #main}. */
    public static final class Fx extends Application {
        private OfficeLink link;

        @Override
        public void start(Stage stage) {
            Options options = Options.parse(getParameters().getRaw());
            link = OfficeLink.to(options.databaseUrl(), Clock.systemUTC());
            if (options.display()) {
                DevicesConfig config = DevicesConfig.load();
                HallDevices devices = HallDevices.from(config, DeviceFactory.system());
                // Real voice clips start with their own chime; the screen's tone would ring twice.
                Chime chime = config.announcer().isSimulated() ? new ToneChime() : Chime.SILENT;
                HallDisplayApp.start(stage, link, !options.windowed(), HallSettings.defaults(), chime, devices);
                new DeviceReporting(options.station(), () -> link.get().devices(), HallDevices.RETRY_DELAY).watch(devices);
                if (options.windowed() && HallDevices.anySimulated(config)) {
                    SimulatedDevicesApp.start(new Stage(), devices);
                }
                return;
            }
            DevicesConfig devices = DevicesConfig.load();
            KioskPrinter printer = KioskPrinter.from(devices, DeviceFactory.system());
            // A simulated reader only in a window, where its buttons can be seen: at a real kiosk it would read nothing.
            SimulatedCardReader simulatedCards = options.windowed() && devices.cardReader().isSimulated()
                    ? new SimulatedCardReader() : null;
            CardReader cards = devices.cardReader().isSimulated() ? simulatedCards
                    : DeviceFactory.system().cardReader(devices.cardReader());
            KioskApp.start(stage, link, printer.printer(), !options.windowed(),
                    KioskSettings.defaults().withStation(options.station()), cards);
            if (options.windowed() && printer.virtual().isPresent()) {
                // On a desk the simulated paper is worth seeing; on a kiosk screen it would cover the tiles.
                PrintedTicketsApp.start(new Stage(), printer.virtual().get().transport(), simulatedCards);
            }
        }

        @Override
        public void stop() {
            if (link != null) {
                link.close();
            }
        }
    }
}

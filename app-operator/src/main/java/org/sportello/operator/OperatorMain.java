package org.sportello.operator;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.sportello.devices.card.BadgeReader;
import org.sportello.devices.card.CardReader;
import org.sportello.devices.card.PcscBadgeReader;
import org.sportello.devices.config.DeviceConfig;
import org.sportello.devices.config.DeviceFactory;
import org.sportello.devices.config.DevicesConfig;
import org.sportello.devices.config.InvalidDevicesConfigException;
import org.sportello.link.StationLink;
import org.sportello.link.StationOptions;
import org.sportello.model.common.SportelloException;
import org.sportello.operator.documents.DeskPrinters;

/**
 * Starts an operator workstation: {@code OperatorMain --office HOST:PORT [--enrol CODE] [--identity DIR]}
 * (the office also from {@code $SPORTELLO_OFFICE}). The first start joins the office with the one-time
 * code from {@code sportello station enrol NAME --role desk}; later starts use the identity kept under
 * {@code ~/.sportello/station}. Not an {@code Application} subclass, so JavaFX runs from the plain
 * classpath. The office server need not be up yet: the window opens with the red banner and connects
 * when it can.
 */
public final class OperatorMain {
    private OperatorMain() {
    }

    public static void main(String[] args) {
        int refused = run(List.of(args), System.getenv(), Path.of(System.getProperty("user.home")));
        if (refused != 0) {
            System.exit(refused);
        }
    }

    /** The exit code when the desk cannot start; 0 for help, or once the window is opening (the JVM then stays). */
    static int run(List<String> arguments, Map<String, String> environment, Path home) {
        List<String> args = new ArrayList<>(arguments);
        if (args.contains("--help") || args.contains("-h")) {
            System.out.println(usage());
            return 0;
        }
        StationOptions station;
        try {
            station = StationOptions.take(args, environment, home);
            if (!args.isEmpty()) {
                throw new IllegalArgumentException("unknown or incomplete argument: " + args.getFirst());
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage());
            return 2;
        }
        Supplier<StationLink> opening;
        try {
            // The link opens while the devices are read and the toolkit starts (issue 15: start-up time).
            opening = station.connectInBackground(Clock.systemUTC());
        } catch (StationOptions.NotEnrolled e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (SportelloException e) {
            // Joining needs the server up and a good code; the technician reads why it did not work.
            System.err.println(e.getMessage());
            return 2;
        }
        DevicesConfig devices;
        try {
            devices = DevicesConfig.load();
        } catch (InvalidDevicesConfigException e) {
            // As the kiosk does: a mistake in the file is fixed before the desk runs on wrong devices.
            System.err.println(e.getMessage());
            closeWhenOpen(opening);
            return 2;
        }
        BadgeReader badges = badgeReader(devices);
        CardReader cards = cardReader(devices);
        DeskPrinters printers = DeskPrinters.of(devices, DeviceFactory.system());
        Platform.startup(() -> {
            StationLink link;
            try {
                link = opening.get();
            } catch (RuntimeException e) {
                // The identity could not be read: the desk ends with why, as before the toolkit started.
                System.err.println(e.getMessage());
                Platform.exit();
                System.exit(2);
                return;
            }
            OperatorApp.start(new Stage(), link, Clock.systemUTC(), () -> {
                link.close();
                Platform.exit();
            }, badges, cards, printers);
            // The login screen is up and takes typing once this runs (after the window's first layout).
            Platform.runLater(() -> org.sportello.link.StartupProbe.ready("desk", link::close));
        });
        return 0;
    }

    private static void closeWhenOpen(Supplier<StationLink> opening) {
        try {
            opening.get().close();
        } catch (RuntimeException e) {
            // Nothing was opened: nothing to close.
        }
    }

    /**
     * A PC/SC reader at the desk ({@code cardreader.driver=pcsc}) also reads operator badges' UIDs.
     * Keyboard-wedge readers need no line: the window tells their bursts from typing by itself.
     */
    static BadgeReader badgeReader(DevicesConfig devices) {
        DeviceConfig reader = devices.cardReader();
        return reader.driver().equals("pcsc") ? new PcscBadgeReader(reader.option("reader").orElse(null)) : null;
    }

    /**
     * The health-card reader the desk watches: the TS-CNS chip ({@code cardreader.driver=pcsc}, the
     * reader picked by {@code cardreader.reader}) or a serial reader. A wedge reader needs none (its
     * bursts come through the window's keys), and the simulator has nothing to read at a real desk.
     */
    static CardReader cardReader(DevicesConfig devices) {
        DeviceConfig reader = devices.cardReader();
        return switch (reader.driver()) {
            case "pcsc", "serial" -> DeviceFactory.system().cardReader(reader);
            default -> null;
        };
    }

    private static String usage() {
        return """
                usage: OperatorMain --office HOST:PORT [--enrol CODE] [--identity DIR]
                  --office HOST:PORT  the office server, as the first line of "sportello office serve" shows
                                      (or set %s)
                  --enrol CODE        the first time only: the code from "sportello station enrol NAME --role desk"
                  --identity DIR      where this workstation keeps its key and certificate
                                      (default: ~/.sportello/station)""".formatted(StationOptions.OFFICE_VARIABLE);
    }
}

package org.sportello.operator;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.sportello.devices.card.BadgeReader;
import org.sportello.devices.card.CardReader;
import org.sportello.devices.config.DeviceFactory;
import org.sportello.devices.card.PcscBadgeReader;
import org.sportello.devices.config.DeviceConfig;
import org.sportello.devices.config.DeviceFactory;
import org.sportello.devices.config.DevicesConfig;
import org.sportello.devices.config.InvalidDevicesConfigException;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.operator.documents.DeskPrinters;
import org.sportello.operator.office.DeferredOffice;

/**
 * Starts an operator workstation: {@code OperatorMain [--db URL]}. Not an {@code Application}
 * subclass, so JavaFX runs from the plain classpath. The office database need not be up yet: the
 * window opens with the red banner and connects when it can.
 */
public final class OperatorMain {
    private OperatorMain() {
    }

    public static void main(String[] args) {
        String url;
        try {
            url = databaseUrl(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        if (url == null) {
            System.out.println(usage());
            return;
        }
        DevicesConfig devices;
        try {
            devices = DevicesConfig.load();
        } catch (InvalidDevicesConfigException e) {
            // As the kiosk does: a mistake in the file is fixed before the desk runs on wrong devices.
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        BadgeReader badges = badgeReader(devices);
        CardReader cards = cardReader(devices);
        DeskPrinters printers = DeskPrinters.of(devices, DeviceFactory.system());
        DeferredOffice office = new DeferredOffice(url, Clock.systemUTC());
        Platform.startup(() -> OperatorApp.start(new Stage(), office, Clock.systemUTC(), () -> {
            office.close();
            Platform.exit();
        }, badges, cards, printers));
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

    /** The database URL from the arguments, or null when help was asked for. */
    static String databaseUrl(List<String> args) {
        String url = defaultUrl();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--help") || a.equals("-h")) {
                return null;
            }
            if (a.equals("--db") && i + 1 < args.size()) {
                url = args.get(++i);
            } else if (a.startsWith("--db=")) {
                url = a.substring("--db=".length());
            } else {
                throw new IllegalArgumentException("unknown or incomplete argument: " + a);
            }
        }
        if (!url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("the office database URL must start with jdbc:h2: (" + url + ")");
        }
        return url;
    }

    static String defaultUrl() {
        return OfficeDatabase.fileUrl(Path.of(System.getProperty("user.home"), ".sportello", "data"));
    }

    private static String usage() {
        return """
                usage: OperatorMain [--db URL]
                  --db URL   office database, e.g. jdbc:h2:tcp://office-server:9092/office
                             (default: %s)""".formatted(defaultUrl());
    }
}

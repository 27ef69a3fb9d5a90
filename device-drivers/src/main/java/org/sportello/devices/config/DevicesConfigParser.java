package org.sportello.devices.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sportello.devices.transport.InvalidTransportSpecException;
import org.sportello.devices.transport.TransportSpec;

/**
 * Reads devices.properties. A small line parser instead of {@link java.util.Properties}: we want
 * line numbers in messages and duplicate keys reported (Properties silently keeps the last one).
 * Supported: {@code key=value}, blank lines, {@code #} and {@code !} comments; no line continuations.
 */
final class DevicesConfigParser {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Pattern LINE = Pattern.compile("^line (\\d+):");

    /** One {@code key=value}, remembered with its line for messages. */
    private record Entry(String key, String value, int line) {
    }

    private DevicesConfigParser() {
    }

    static DevicesConfig parse(String text, String sourceName, Optional<Path> source) {
        List<String> problems = new ArrayList<>();
        // Device name ("printer", "board.main") -> its keys ("driver", "transport", ...), in file order.
        Map<String, Map<String, Entry>> devices = new LinkedHashMap<>();
        Map<String, DeviceKind> kinds = new HashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                problems.add("line " + lineNo + ": expected key=value, got '" + line + "'");
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            String[] parts = key.split("\\.", -1);
            DeviceKind kind = kindOf(parts[0]);
            String device;
            String property;
            if (kind == null) {
                problems.add("line " + lineNo + ": unknown device '" + parts[0] + "' in '" + key
                        + "'; devices are printer, board.NAME, announcer, cardreader, scanner, a4printer");
                continue;
            } else if (kind == DeviceKind.BOARD) {
                if (parts.length != 3) {
                    problems.add("line " + lineNo + ": board keys need a board name, like board.main.driver; got '"
                            + key + "'");
                    continue;
                }
                if (!NAME.matcher(parts[1]).matches()) {
                    problems.add("line " + lineNo + ": board name '" + parts[1]
                            + "' must be lower-case letters, digits, '-' or '_'");
                    continue;
                }
                device = parts[0] + "." + parts[1];
                property = parts[2];
            } else {
                if (parts.length != 2) {
                    problems.add("line " + lineNo + ": expected " + kind.key() + ".PROPERTY, got '" + key + "'");
                    continue;
                }
                device = parts[0];
                property = parts[1];
            }
            if (!property.equals("driver") && !property.equals("transport") && !kind.options().contains(property)) {
                problems.add("line " + lineNo + ": unknown key '" + key + "'; " + device + " takes driver, transport"
                        + (kind.options().isEmpty() ? "" : ", " + String.join(", ", kind.options().stream().sorted().toList())));
                continue;
            }
            if (value.isEmpty()) {
                problems.add("line " + lineNo + ": " + key + " is empty");
                continue;
            }
            Map<String, Entry> props = devices.computeIfAbsent(device, d -> new LinkedHashMap<>());
            kinds.put(device, kind);
            Entry previous = props.putIfAbsent(property, new Entry(key, value, lineNo));
            if (previous != null) {
                problems.add("line " + lineNo + ": " + key + " is already set on line " + previous.line());
            }
        }

        DevicesConfig defaults = DevicesConfig.simulators();
        DeviceConfig printer = defaults.printer();
        Map<String, DeviceConfig> boards = new LinkedHashMap<>();
        DeviceConfig announcer = defaults.announcer();
        DeviceConfig cardReader = defaults.cardReader();
        DeviceConfig scanner = defaults.scanner();
        DeviceConfig a4Printer = defaults.a4Printer();
        for (var e : devices.entrySet()) {
            DeviceConfig config = device(e.getKey(), kinds.get(e.getKey()), e.getValue(), problems);
            if (config == null) {
                continue;
            }
            switch (config.kind()) {
                case PRINTER -> printer = config;
                case BOARD -> boards.put(config.name().substring("board.".length()), config);
                case ANNOUNCER -> announcer = config;
                case CARD_READER -> cardReader = config;
                case SCANNER -> scanner = config;
                case A4_PRINTER -> a4Printer = config;
            }
        }
        if (!problems.isEmpty()) {
            // Device-level checks run after the line-level ones; show them all in file order.
            problems.sort(Comparator.comparingInt(DevicesConfigParser::lineOf));
            throw new InvalidDevicesConfigException(sourceName, problems);
        }
        if (boards.isEmpty()) {
            boards.putAll(defaults.boards());
        }
        return new DevicesConfig(source, printer, boards, announcer, cardReader, scanner, a4Printer);
    }

    private static DeviceConfig device(String name, DeviceKind kind, Map<String, Entry> props, List<String> problems) {
        Entry driverEntry = props.get("driver");
        Entry transportEntry = props.get("transport");
        int firstLine = props.values().iterator().next().line();
        if (driverEntry == null) {
            problems.add("line " + firstLine + ": " + name + " is configured but " + name + ".driver is missing"
                    + knownDriversHint(kind));
            return null;
        }
        String driver = driverEntry.value();
        boolean ok = true;
        if (!NAME.matcher(driver).matches()) {
            problems.add("line " + driverEntry.line() + ": driver '" + driver + "' must be lower-case letters, digits, '-' or '_'");
            ok = false;
        } else if (!kind.knownDrivers().isEmpty() && !kind.knownDrivers().contains(driver)) {
            problems.add("line " + driverEntry.line() + ": unknown " + kind.key() + " driver '" + driver + "'"
                    + knownDriversHint(kind));
            ok = false;
        }
        TransportSpec transport = new TransportSpec.Simulator();
        if (transportEntry != null && ok && !kind.takesTransport(driver)) {
            // e.g. a PC/SC reader with a serial port: one of the two lines is a mistake, say which.
            problems.add("line " + transportEntry.line() + ": " + name + ".driver=" + driver + " takes no transport; "
                    + "remove " + transportEntry.key() + " or use a driver that needs one"
                    + transportDriversHint(kind));
            ok = false;
        } else if (transportEntry != null) {
            try {
                transport = TransportSpec.parse(transportEntry.value());
            } catch (InvalidTransportSpecException e) {
                problems.add("line " + transportEntry.line() + ": " + transportEntry.key() + ": " + e.getMessage());
                ok = false;
            }
        } else if (ok && kind.needsTransport(driver)) {
            // Only for a valid driver: "unknown driver" already says what to fix first.
            problems.add("line " + driverEntry.line() + ": " + name + ".driver=" + driver + " needs " + name
                    + ".transport, e.g. serial:/dev/ttyUSB0@9600, usb:04b8:0e28 or tcp:192.168.1.50:9100");
            ok = false;
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (Entry e : props.values()) {
            String property = e.key().substring(e.key().lastIndexOf('.') + 1);
            if (property.equals("driver") || property.equals("transport")) {
                continue;
            }
            if (property.equals("columns") && !e.value().matches("\\d{1,3}")) {
                problems.add("line " + e.line() + ": " + e.key() + "=" + e.value()
                        + " is not a board width (the number of characters it shows at once, e.g. 8)");
                ok = false;
                continue;
            }
            if (property.equals("address") && !e.value().matches("\\d{1,5}")) {
                problems.add("line " + e.line() + ": " + e.key() + "=" + e.value() + " is not a board address (a number)");
                ok = false;
                continue;
            }
            options.put(property, e.value());
        }
        return ok ? new DeviceConfig(name, kind, driver, transport, options) : null;
    }

    private static int lineOf(String problem) {
        var m = LINE.matcher(problem);
        return m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }

    private static DeviceKind kindOf(String key) {
        for (DeviceKind k : DeviceKind.values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        return null;
    }

    private static String transportDriversHint(DeviceKind kind) {
        List<String> withTransport = kind.knownDrivers().stream().filter(kind::needsTransport).sorted().toList();
        return withTransport.isEmpty() ? "" : " (" + String.join(", ", withTransport) + ")";
    }

    private static String knownDriversHint(DeviceKind kind) {
        return kind.knownDrivers().isEmpty() ? ""
                : "; known: " + String.join(", ", kind.knownDrivers().stream().sorted().toList());
    }
}

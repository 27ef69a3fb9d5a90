package org.sportello.devices.transport;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The grammar of {@link TransportSpec#parse}; kept apart so the spec records stay plain values. */
final class TransportSpecParser {
    static final String SERIAL_FORM = "serial:/dev/ttyUSB0@9600 with optional ,8N1 ,7E1 ,rtscts ,xonxoff ,rs485";
    static final String USB_FORM = "usb:VVVV:PPPP in hex as lsusb prints it, optionally :printer or :vendor, e.g. usb:04b8:0e28";
    static final String TCP_FORM = "tcp:HOST or tcp:HOST:PORT, e.g. tcp:192.168.1.50:9100";
    static final String FILE_FORM = "file:/dev/usb/lp0";
    static final String CAPTURE_FORM = "capture:/path/to/bytes.bin";
    static final String ANY_FORM = "serial:..., usb:..., tcp:..., file:..., capture:... or sim";

    private static final Pattern FRAME = Pattern.compile("([5-8])([A-Za-z])(1|1\\.5|2)");
    private static final Pattern HEX_ID = Pattern.compile("(?:0[xX])?([0-9A-Fa-f]{1,4})");
    // Host names and IPv4 literals; IPv6 literals come in brackets and are checked apart.
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?");

    private TransportSpecParser() {
    }

    static TransportSpec parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidTransportSpecException(String.valueOf(raw), "it is empty", ANY_FORM);
        }
        String spec = raw.strip();
        if (spec.equalsIgnoreCase("sim")) {
            return new TransportSpec.Simulator();
        }
        int colon = spec.indexOf(':');
        if (colon < 0) {
            throw new InvalidTransportSpecException(spec, "no kind before ':'", ANY_FORM);
        }
        String kind = spec.substring(0, colon).toLowerCase(Locale.ROOT);
        String body = spec.substring(colon + 1);
        return switch (kind) {
            case "serial" -> serial(spec, body);
            case "usb" -> usb(spec, body);
            case "tcp" -> tcp(spec, body);
            case "file" -> new TransportSpec.DeviceFile(path(spec, body, FILE_FORM));
            case "capture" -> new TransportSpec.Capture(path(spec, body, CAPTURE_FORM));
            case "sim" -> throw new InvalidTransportSpecException(spec, "'sim' takes nothing after it", "sim");
            default -> throw new InvalidTransportSpecException(spec, "unknown kind '" + kind + "'", ANY_FORM);
        };
    }

    private static TransportSpec.Serial serial(String spec, String body) {
        String[] parts = body.split(",", -1);
        String portAndBaud = parts[0];
        int at = portAndBaud.lastIndexOf('@');
        if (at < 0) {
            throw new InvalidTransportSpecException(spec, "missing '@' and baud rate after the port", SERIAL_FORM);
        }
        String path = portAndBaud.substring(0, at).strip();
        if (path.isEmpty()) {
            throw new InvalidTransportSpecException(spec, "missing serial port path", SERIAL_FORM);
        }
        String baudText = portAndBaud.substring(at + 1).strip();
        if (baudText.isEmpty()) {
            throw new InvalidTransportSpecException(spec, "missing baud rate after '@'", SERIAL_FORM);
        }
        int baud;
        try {
            baud = Integer.parseInt(baudText);
        } catch (NumberFormatException e) {
            throw new InvalidTransportSpecException(spec, "baud rate '" + baudText + "' is not a number", SERIAL_FORM);
        }
        if (!TransportSpec.STANDARD_BAUD_RATES.contains(baud)) {
            throw new InvalidTransportSpecException(spec, "baud rate " + baud + " is not a standard rate "
                    + TransportSpec.STANDARD_BAUD_RATES, SERIAL_FORM);
        }
        int dataBits = 8;
        Parity parity = Parity.NONE;
        StopBits stopBits = StopBits.ONE;
        FlowControl flow = FlowControl.NONE;
        boolean rs485 = false;
        boolean frameSeen = false;
        for (int i = 1; i < parts.length; i++) {
            String option = parts[i].strip();
            String lower = option.toLowerCase(Locale.ROOT);
            Matcher frame = FRAME.matcher(option);
            if (option.isEmpty()) {
                throw new InvalidTransportSpecException(spec, "empty option between commas", SERIAL_FORM);
            } else if (frame.matches()) {
                if (frameSeen) {
                    throw new InvalidTransportSpecException(spec, "the frame (like 8N1) is given twice", SERIAL_FORM);
                }
                Parity p = Parity.ofLetter(frame.group(2).charAt(0));
                if (p == null) {
                    throw new InvalidTransportSpecException(spec, "parity '" + frame.group(2)
                            + "' in '" + option + "' is not one of N, E, O, M, S", SERIAL_FORM);
                }
                frameSeen = true;
                dataBits = Integer.parseInt(frame.group(1));
                parity = p;
                stopBits = StopBits.ofText(frame.group(3));
            } else if (lower.equals("rtscts") || lower.equals("xonxoff")) {
                if (flow != FlowControl.NONE) {
                    throw new InvalidTransportSpecException(spec, "flow control is given twice; pick rtscts or xonxoff",
                            SERIAL_FORM);
                }
                flow = lower.equals("rtscts") ? FlowControl.RTS_CTS : FlowControl.XON_XOFF;
            } else if (lower.equals("rs485")) {
                if (rs485) {
                    throw new InvalidTransportSpecException(spec, "rs485 is given twice", SERIAL_FORM);
                }
                rs485 = true;
            } else if (Character.isDigit(option.charAt(0))) {
                throw new InvalidTransportSpecException(spec, "frame '" + option
                        + "' is not data bits 5-8, parity N/E/O/M/S and stop bits 1/1.5/2", SERIAL_FORM);
            } else {
                throw new InvalidTransportSpecException(spec, "unknown serial option '" + option + "'", SERIAL_FORM);
            }
        }
        if (rs485 && flow == FlowControl.RTS_CTS) {
            // In RS-485 mode RTS switches the line driver; it cannot also be a handshake line.
            throw new InvalidTransportSpecException(spec, "rs485 and rtscts both need the RTS line; drop one", SERIAL_FORM);
        }
        return new TransportSpec.Serial(path, baud, dataBits, parity, stopBits, flow, rs485);
    }

    private static TransportSpec.Usb usb(String spec, String body) {
        String[] parts = body.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new InvalidTransportSpecException(spec, "expected vendor and product id", USB_FORM);
        }
        int vendor = hexId(spec, parts[0], "vendor");
        int product = hexId(spec, parts[1], "product");
        UsbInterfaceMode mode = UsbInterfaceMode.AUTO;
        if (parts.length == 3) {
            mode = switch (parts[2].strip().toLowerCase(Locale.ROOT)) {
                case "printer" -> UsbInterfaceMode.PRINTER;
                case "vendor" -> UsbInterfaceMode.VENDOR;
                default -> throw new InvalidTransportSpecException(spec, "unknown USB mode '" + parts[2]
                        + "'; use printer or vendor", USB_FORM);
            };
        }
        return new TransportSpec.Usb(vendor, product, mode);
    }

    private static int hexId(String spec, String text, String what) {
        Matcher m = HEX_ID.matcher(text.strip());
        if (text.isBlank()) {
            throw new InvalidTransportSpecException(spec, "missing " + what + " id", USB_FORM);
        }
        if (!m.matches()) {
            throw new InvalidTransportSpecException(spec, what + " id '" + text
                    + "' is not 1 to 4 hex digits", USB_FORM);
        }
        return Integer.parseInt(m.group(1), 16);
    }

    private static TransportSpec.Tcp tcp(String spec, String body) {
        String host;
        String portText = null;
        if (body.startsWith("[")) {
            int close = body.indexOf(']');
            if (close < 0) {
                throw new InvalidTransportSpecException(spec, "IPv6 address without closing ']'", TCP_FORM);
            }
            host = body.substring(1, close);
            String rest = body.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw new InvalidTransportSpecException(spec, "unexpected '" + rest + "' after the address", TCP_FORM);
                }
                portText = rest.substring(1);
            }
            if (host.isEmpty() || !host.matches("[0-9A-Fa-f:.%a-zA-Z]+")) {
                throw new InvalidTransportSpecException(spec, "'" + host + "' is not an IPv6 address", TCP_FORM);
            }
        } else {
            String[] parts = body.split(":", -1);
            if (parts.length > 2) {
                throw new InvalidTransportSpecException(spec, "too many ':'; write IPv6 addresses in brackets", TCP_FORM);
            }
            host = parts[0].strip();
            portText = parts.length == 2 ? parts[1] : null;
            if (host.isEmpty()) {
                throw new InvalidTransportSpecException(spec, "missing host", TCP_FORM);
            }
            if (!HOST.matcher(host).matches()) {
                throw new InvalidTransportSpecException(spec, "host '" + host + "' has characters a host name cannot have",
                        TCP_FORM);
            }
        }
        int port = TransportSpec.Tcp.DEFAULT_PORT;
        if (portText != null) {
            String p = portText.strip();
            if (p.isEmpty()) {
                throw new InvalidTransportSpecException(spec, "missing port after ':'", TCP_FORM);
            }
            try {
                port = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw new InvalidTransportSpecException(spec, "port '" + p + "' is not a number", TCP_FORM);
            }
            if (port < 1 || port > 65535) {
                throw new InvalidTransportSpecException(spec, "port " + port + " is not between 1 and 65535", TCP_FORM);
            }
        }
        return new TransportSpec.Tcp(host, port);
    }

    private static Path path(String spec, String body, String form) {
        String p = body.strip();
        if (p.isEmpty()) {
            throw new InvalidTransportSpecException(spec, "missing file path", form);
        }
        try {
            return Path.of(p);
        } catch (InvalidPathException e) {
            throw new InvalidTransportSpecException(spec, "'" + p + "' is not a valid path: " + e.getReason(), form);
        }
    }
}

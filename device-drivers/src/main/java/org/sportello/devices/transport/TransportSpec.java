package org.sportello.devices.transport;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a device is and how to talk to it, as a technician writes it in the workstation
 * configuration or on the command line: {@code serial:/dev/ttyUSB0@9600}, {@code usb:04b8:0e28},
 * {@code tcp:192.168.1.50:9100}, {@code file:/dev/usb/lp0}, {@code capture:/tmp/out.bin},
 * {@code sim}. {@link #parse} rejects anything unclear with a message that says what is wrong,
 * rather than guessing: a guessed baud rate prints garbage on site.
 */
public sealed interface TransportSpec {

    /** The canonical text form; {@code parse(spec.text())} gives back an equal spec. */
    String text();

    /** Serial port: path, line settings, flow control and RS-485 (half duplex, RTS drives the line). */
    record Serial(String path, int baud, int dataBits, Parity parity, StopBits stopBits,
            FlowControl flowControl, boolean rs485) implements TransportSpec {
        public Serial {
            Objects.requireNonNull(path);
            Objects.requireNonNull(parity);
            Objects.requireNonNull(stopBits);
            Objects.requireNonNull(flowControl);
        }

        /** 8N1, no flow control: what nearly every receipt printer and LED board ships with. */
        public static Serial of(String path, int baud) {
            return new Serial(path, baud, 8, Parity.NONE, StopBits.ONE, FlowControl.NONE, false);
        }

        public String frame() {
            return "" + dataBits + parity.letter() + stopBits.text();
        }

        @Override
        public String text() {
            StringBuilder s = new StringBuilder("serial:").append(path).append('@').append(baud);
            if (!frame().equals("8N1")) {
                s.append(',').append(frame());
            }
            switch (flowControl) {
                case RTS_CTS -> s.append(",rtscts");
                case XON_XOFF -> s.append(",xonxoff");
                case NONE -> { }
            }
            if (rs485) {
                s.append(",rs485");
            }
            return s.toString();
        }
    }

    /** A USB device by vendor and product id; {@code mode} picks printer-class or vendor-class interface. */
    record Usb(int vendorId, int productId, UsbInterfaceMode mode) implements TransportSpec {
        public Usb {
            Objects.requireNonNull(mode);
        }

        /** As lsusb writes it: {@code 04b8:0e28}. */
        public String ids() {
            return String.format("%04x:%04x", vendorId, productId);
        }

        @Override
        public String text() {
            return "usb:" + ids() + (mode == UsbInterfaceMode.AUTO ? "" : ":" + mode.name().toLowerCase(Locale.ROOT));
        }
    }

    /** Raw TCP, as network receipt printers listen on port 9100 ("JetDirect"/"RAW"). */
    record Tcp(String host, int port) implements TransportSpec {
        public static final int DEFAULT_PORT = 9100;

        public Tcp {
            Objects.requireNonNull(host);
        }

        @Override
        public String text() {
            return "tcp:" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /** A character device such as {@code /dev/usb/lp0} (kernel usblp driver), read and written as a file. */
    record DeviceFile(Path path) implements TransportSpec {
        public DeviceFile {
            Objects.requireNonNull(path);
        }

        @Override
        public String text() {
            return "file:" + path;
        }
    }

    /** Appends every written byte to a file and never answers: for demos and for looking at the bytes. */
    record Capture(Path path) implements TransportSpec {
        public Capture {
            Objects.requireNonNull(path);
        }

        @Override
        public String text() {
            return "capture:" + path;
        }
    }

    /** An in-memory device with no hardware behind it. */
    record Simulator() implements TransportSpec {
        @Override
        public String text() {
            return "sim";
        }
    }

    /** Baud rates a port is set to in practice; anything else is far more likely a typo than a need. */
    List<Integer> STANDARD_BAUD_RATES = List.of(300, 600, 1200, 2400, 4800, 9600, 14400, 19200, 28800,
            38400, 57600, 115200, 230400, 460800, 500000, 921600, 1000000);

    /** Parses a technician's transport string; throws {@link InvalidTransportSpecException} saying what is wrong. */
    static TransportSpec parse(String spec) {
        return TransportSpecParser.parse(spec);
    }
}

package org.sportello.devices.transport;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A serial port through jSerialComm: RS-232, USB-serial adapters, USB-CDC scanners and RS-485
 * boards. Each call sets jSerialComm's timeouts to the caller's, so no call can block longer than
 * asked. A port that vanishes (adapter pulled out) is reported as {@link TransportException.Problem#LOST}.
 *
 * <p>Not thread-safe: one driver thread talks to one device.
 */
public final class SerialTransport implements Transport {
    private final TransportSpec.Serial spec;
    private SerialPort port;
    private int readTimeoutMs = -1;
    private int writeTimeoutMs = -1;
    private int readMode = -1;

    public SerialTransport(TransportSpec.Serial spec) {
        this.spec = spec;
    }

    @Override
    public void open() throws TransportException {
        if (port != null) {
            return;
        }
        Path path = Path.of(spec.path());
        // jSerialComm reports a missing or forbidden port only as "could not open"; checking first
        // lets the technician read which of the usual three causes it is.
        if (!Files.exists(path)) {
            throw new TransportException(TransportException.Problem.NOT_FOUND, describe()
                    + ": serial port " + spec.path() + " does not exist; check the cable or adapter, "
                    + "and see `sportello devices list` for the ports this computer has");
        }
        if (!Files.isReadable(path) || !Files.isWritable(path)) {
            throw new TransportException(TransportException.Problem.PERMISSION_DENIED, describe()
                    + ": permission denied on " + spec.path() + "; add the user to the 'dialout' group "
                    + "(sudo usermod -aG dialout $USER) and log in again");
        }
        SerialPort p;
        try {
            p = SerialPort.getCommPort(spec.path());
        } catch (SerialPortInvalidPortException e) {
            throw new TransportException(TransportException.Problem.NOT_FOUND, describe()
                    + ": " + spec.path() + " is not a usable serial port", e);
        } catch (UnsatisfiedLinkError | ExceptionInInitializerError | NoClassDefFoundError e) {
            throw new TransportException(TransportException.Problem.LIBRARY_MISSING, describe()
                    + ": jSerialComm's native library cannot be loaded: " + e, e);
        }
        p.setComPortParameters(spec.baud(), spec.dataBits(), stopBits(spec.stopBits()), parity(spec.parity()),
                spec.rs485());
        p.setFlowControl(flowControl(spec.flowControl()));
        p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, 100, 1000);
        if (!p.openPort()) {
            throw new TransportException(TransportException.Problem.BUSY, describe() + ": cannot open "
                    + spec.path() + " although it exists and is accessible; another program (or another device "
                    + "in devices.properties) probably has it open, try `fuser " + spec.path() + "`"
                    + (spec.rs485() ? "; or the port does not support RS-485 mode" : "")
                    + " (jSerialComm error " + p.getLastErrorCode() + " at " + p.getLastErrorLocation() + ")");
        }
        port = p;
        readTimeoutMs = -1;
        writeTimeoutMs = -1;
        readMode = -1;
    }

    @Override
    public boolean isOpen() {
        return port != null && port.isOpen();
    }

    @Override
    public void write(byte[] bytes, Duration timeout) throws TransportException {
        SerialPort p = requireOpen();
        int ms = Math.max(1, millis(timeout));
        setTimeouts(p, SerialPort.TIMEOUT_READ_SEMI_BLOCKING, readTimeoutMs < 0 ? 100 : readTimeoutMs, ms);
        int written = 0;
        long deadline = System.nanoTime() + ms * 1_000_000L;
        while (written < bytes.length) {
            int n = p.writeBytes(bytes, bytes.length - written, written);
            if (n < 0 || (n == 0 && (p.getLastErrorCode() != 0 || vanished()))) {
                throw lost("write failed after " + written + " of " + bytes.length + " bytes");
            }
            written += n;
            if (written < bytes.length && System.nanoTime() >= deadline) {
                throw new TransportException(TransportException.Problem.TIMEOUT, describe() + ": only " + written
                        + " of " + bytes.length + " bytes written in " + ms + " ms; the device is offline, "
                        + "its buffer is full or flow control is holding the line");
            }
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws TransportException {
        SerialPort p = requireOpen();
        int ms = millis(timeout);
        // In semi-blocking mode a timeout of 0 means "wait forever"; a zero timeout here means "only
        // what is already there", which is non-blocking mode.
        int mode = ms <= 0 ? SerialPort.TIMEOUT_NONBLOCKING : SerialPort.TIMEOUT_READ_SEMI_BLOCKING;
        setTimeouts(p, mode, Math.max(ms, 0), writeTimeoutMs < 0 ? 1000 : writeTimeoutMs);
        int n = p.readBytes(buffer, buffer.length);
        if (n < 0) {
            throw lost("read failed");
        }
        if (n == 0 && vanished()) {
            // A pulled USB-serial adapter can look like a quiet line; its device node going away does not.
            throw lost("port disappeared");
        }
        return n;
    }

    @Override
    public String describe() {
        return spec.text();
    }

    @Override
    public void close() {
        if (port != null) {
            port.closePort();
            port = null;
        }
    }

    private SerialPort requireOpen() throws TransportException {
        if (port == null) {
            throw new TransportException(TransportException.Problem.NOT_OPEN, describe() + ": not open");
        }
        return port;
    }

    private TransportException lost(String what) {
        return new TransportException(TransportException.Problem.LOST, describe() + ": " + what
                + "; the device was unplugged, switched off or the port went away"
                + (port.getLastErrorCode() != 0 ? " (errno " + port.getLastErrorCode() + ")" : ""));
    }

    private boolean vanished() {
        return !Files.exists(Path.of(spec.path()));
    }

    // jSerialComm reconfigures the port on every call to setComPortTimeouts; only do it on change.
    private void setTimeouts(SerialPort p, int mode, int readMs, int writeMs) {
        if (mode != readMode || readMs != readTimeoutMs || writeMs != writeTimeoutMs) {
            p.setComPortTimeouts(mode | SerialPort.TIMEOUT_WRITE_BLOCKING, readMs, writeMs);
            readMode = mode;
            readTimeoutMs = readMs;
            writeTimeoutMs = writeMs;
        }
    }

    private static int millis(Duration d) {
        long ms = d.toMillis();
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, ms));
    }

    private static int stopBits(StopBits b) {
        return switch (b) {
            case ONE -> SerialPort.ONE_STOP_BIT;
            case ONE_POINT_FIVE -> SerialPort.ONE_POINT_FIVE_STOP_BITS;
            case TWO -> SerialPort.TWO_STOP_BITS;
        };
    }

    private static int parity(Parity p) {
        return switch (p) {
            case NONE -> SerialPort.NO_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
            case EVEN -> SerialPort.EVEN_PARITY;
            case MARK -> SerialPort.MARK_PARITY;
            case SPACE -> SerialPort.SPACE_PARITY;
        };
    }

    private static int flowControl(FlowControl f) {
        return switch (f) {
            case NONE -> SerialPort.FLOW_CONTROL_DISABLED;
            case RTS_CTS -> SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED;
            case XON_XOFF -> SerialPort.FLOW_CONTROL_XONXOFF_IN_ENABLED | SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED;
        };
    }
}

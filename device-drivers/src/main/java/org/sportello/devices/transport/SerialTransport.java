package org.sportello.devices.transport;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A serial port through jSerialComm: RS-232, USB-serial adapters, USB-CDC scanners and RS-485
 * boards. Reads use jSerialComm's semi-blocking read timeout; writes run on a writer thread,
 * since jSerialComm has no write timeout outside Windows. Either way no call blocks longer than asked. A port that vanishes (adapter pulled out) is reported as {@link TransportException.Problem#LOST}.
 *
 * <p>Not thread-safe: one driver thread talks to one device.
 */
public final class SerialTransport implements Transport {
    private final TransportSpec.Serial spec;
    private SerialPort port;
    private int readTimeoutMs = -1;
    private ExecutorService writer;
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
        p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 100, 0);
        if (!p.openPort()) {
            throw new TransportException(TransportException.Problem.BUSY, describe() + ": cannot open "
                    + spec.path() + " although it exists and is accessible; another program (or another device "
                    + "in devices.properties) probably has it open, try `fuser " + spec.path() + "`"
                    + (spec.rs485() ? "; or the port does not support RS-485 mode" : "")
                    + " (jSerialComm error " + p.getLastErrorCode() + " at " + p.getLastErrorLocation() + ")");
        }
        port = p;
        writer = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("serial-write").factory());
        readTimeoutMs = 100;
        readMode = SerialPort.TIMEOUT_READ_SEMI_BLOCKING;
    }

    @Override
    public boolean isOpen() {
        return port != null && port.isOpen();
    }

    @Override
    public void write(byte[] bytes, Duration timeout) throws TransportException {
        SerialPort p = requireOpen();
        long ms = Math.max(1, timeout.toMillis());
        // jSerialComm has write timeouts only on Windows; on Linux a write blocks while the device
        // does not take bytes (flow control held, buffer full). So it runs on the port's writer
        // thread and the caller waits at most its timeout.
        Future<Integer> done = writer.submit(() -> writeAll(p, bytes));
        int written;
        try {
            written = done.get(ms, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandon();
            throw new TransportException(TransportException.Problem.TIMEOUT, describe() + ": " + bytes.length
                    + " bytes not written in " + ms + " ms; the device is offline, its buffer is full or flow "
                    + "control is holding the line");
        } catch (ExecutionException e) {
            abandon();
            throw new TransportException(TransportException.Problem.LOST, describe() + ": write failed: "
                    + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon();
            throw new TransportException(TransportException.Problem.TIMEOUT, describe() + ": interrupted while writing");
        }
        if (written < bytes.length) {
            throw lost("write failed after " + Math.max(0, written) + " of " + bytes.length + " bytes");
        }
    }

    /** Returns how many bytes went out before an error, or all of them. */
    private int writeAll(SerialPort p, byte[] bytes) {
        int written = 0;
        while (written < bytes.length) {
            int n = p.writeBytes(bytes, bytes.length - written, written);
            if (n <= 0) {
                // A blocking write that returns nothing failed: on Linux a vanished tty gives EIO.
                return written;
            }
            written += n;
        }
        return written;
    }

    /**
     * Gives up on a port whose write is stuck: closing it from here could wait for that write, so
     * the close runs on its own thread and this transport forgets the port at once; the next open
     * starts afresh.
     */
    private void abandon() {
        SerialPort p = port;
        ExecutorService w = writer;
        port = null;
        writer = null;
        Thread.ofPlatform().daemon().name("serial-close").start(() -> {
            p.closePort();
            w.shutdownNow();
        });
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws TransportException {
        SerialPort p = requireOpen();
        int ms = millis(timeout);
        // In semi-blocking mode a timeout of 0 means "wait forever"; a zero timeout here means "only
        // what is already there", which is non-blocking mode.
        int mode = ms <= 0 ? SerialPort.TIMEOUT_NONBLOCKING : SerialPort.TIMEOUT_READ_SEMI_BLOCKING;
        setReadTimeout(p, mode, Math.max(ms, 0));
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
            writer.shutdownNow();
            port = null;
            writer = null;
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
    private void setReadTimeout(SerialPort p, int mode, int readMs) {
        if (mode != readMode || readMs != readTimeoutMs) {
            p.setComPortTimeouts(mode, readMs, 0);
            readMode = mode;
            readTimeoutMs = readMs;
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

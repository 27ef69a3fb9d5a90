package org.sportello.devices.testsupport;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.time.Duration;
import org.sportello.devices.transport.Transport;

/**
 * A test-only Transport on jSerialComm for pty tests; the product's SerialTransport is developed
 * separately, and protocol tests only need bytes through a real tty.
 */
public final class PtySerialTransport implements Transport {
    private final String path;
    private SerialPort port;

    public PtySerialTransport(String path) {
        this.path = path;
    }

    @Override
    public void open() throws IOException {
        if (isOpen()) {
            return;
        }
        SerialPort p = SerialPort.getCommPort(path);
        p.setComPortParameters(9600, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        if (!p.openPort()) {
            throw new IOException("cannot open " + path);
        }
        port = p;
    }

    @Override
    public boolean isOpen() {
        return port != null && port.isOpen();
    }

    @Override
    public void write(byte[] bytes, Duration timeout) throws IOException {
        port.setComPortTimeouts(SerialPort.TIMEOUT_WRITE_BLOCKING, 0, (int) timeout.toMillis());
        int n = port.writeBytes(bytes, bytes.length);
        if (n != bytes.length) {
            throw new IOException("wrote " + n + " of " + bytes.length + " bytes to " + path);
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, (int) Math.max(1, timeout.toMillis()), 0);
        int n = port.readBytes(buffer, buffer.length);
        if (n < 0) {
            throw new IOException("read failed on " + path);
        }
        return n;
    }

    @Override
    public String describe() {
        return "pty:" + path;
    }

    @Override
    public void close() {
        if (port != null) {
            port.closePort();
        }
    }
}

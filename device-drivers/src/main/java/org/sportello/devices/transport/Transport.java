package org.sportello.devices.transport;

import java.io.IOException;
import java.time.Duration;

/**
 * A byte pipe to one device: serial port, USB bulk endpoints, TCP 9100, a device file or a capture
 * file. Protocol code (ESC/POS, display boards, scanners) talks only to this interface, so it is
 * tested on bytes and runs unchanged on every transport.
 *
 * <p>Every call has a timeout: a device that is unplugged or never answers costs at most that
 * long, never a hung kiosk. A closed or lost link is reported as {@link IOException}; reopening is
 * the caller's (or a reconnecting wrapper's) decision.
 */
public interface Transport extends AutoCloseable {
    /** Opens the link; calling it on an open transport does nothing. */
    void open() throws IOException;

    boolean isOpen();

    /** Writes all bytes, or throws if they could not be written within the timeout. */
    void write(byte[] bytes, Duration timeout) throws IOException;

    /**
     * Reads what arrives within the timeout into {@code buffer}, at most {@code buffer.length}
     * bytes; returns how many were read, 0 when nothing came in time.
     */
    int read(byte[] buffer, Duration timeout) throws IOException;

    /** A short name for messages and logs, e.g. {@code serial:/dev/ttyUSB0@9600}. */
    String describe();

    @Override
    void close();
}

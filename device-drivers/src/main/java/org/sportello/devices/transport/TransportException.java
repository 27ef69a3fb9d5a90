package org.sportello.devices.transport;

import java.io.IOException;

/**
 * A transport failure with a reason apps can act on (show "printer unplugged", suggest the
 * {@code dialout} group) and a message a technician can read. Still an {@link IOException}, so
 * code that only cares "it failed" needs nothing special.
 */
public final class TransportException extends IOException {
    /** Why the link failed. */
    public enum Problem {
        /** No such port, file, host or USB device. */
        NOT_FOUND,
        /** Another program (or another configured device) holds it. */
        BUSY,
        /** The operating system refuses access; a group membership or udev rule is missing. */
        PERMISSION_DENIED,
        /** A native library (libusb, jSerialComm's) could not be loaded or started. */
        LIBRARY_MISSING,
        /** The network peer refused or did not accept the connection. */
        REFUSED,
        /** The device did not take the bytes in time (offline, flow control held, buffer full). */
        TIMEOUT,
        /** The link was working and broke: unplugged, powered off, peer closed. */
        LOST,
        /** The transport is closed or was never opened. */
        NOT_OPEN,
        /** The device or port does not support what the configuration asks (e.g. RS-485 on a plain UART). */
        UNSUPPORTED
    }

    private final Problem problem;

    public TransportException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public TransportException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}

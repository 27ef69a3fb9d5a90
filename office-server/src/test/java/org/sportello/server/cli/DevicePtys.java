package org.sportello.server.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.sportello.devices.transport.pty.PtyPair;

/**
 * A real linked pair of pseudo-terminals with stable names: the command under test opens
 * {@link #host} as a serial port, the test plays the device on {@link #device}. Made in-process
 * (no socat), so these tests run on any Linux machine; one that cannot make a pty fails saying why.
 */
final class DevicePtys implements AutoCloseable {
    final Path device;
    final Path host;
    private final PtyPair pair;

    private DevicePtys(Path device, Path host, PtyPair pair) {
        this.device = device;
        this.host = host;
        this.pair = pair;
    }

    static DevicePtys start(Path dir, String deviceName) throws IOException {
        Path device = dir.resolve(deviceName);
        Path host = dir.resolve("host");
        return new DevicePtys(device, host, PtyPair.linkedAt(device, host));
    }

    /** The transport string the command under test is given. */
    String hostSpec() {
        return "serial:" + host + "@9600";
    }

    String deviceSpec() {
        return "serial:" + device + "@9600";
    }

    @Override
    public void close() {
        pair.close();
    }
}

package org.sportello.server.cli;

import java.io.IOException;
import java.util.HexFormat;
import org.sportello.devices.transport.Transport;
import org.sportello.devices.transport.TransportSpec;
import org.sportello.devices.transport.Transports;

/**
 * Opening a device for a one-off test. Unlike the apps, which reconnect quietly, a technician
 * wants to hear at once that the port is missing, busy or forbidden: the transport's own message
 * says which, and the command ends with {@link ExitCode#DEVICE}.
 */
final class DeviceLinks {
    private DeviceLinks() {
    }

    static Transport open(TransportSpec spec) {
        try {
            return Transports.open(spec);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.DEVICE, e.getMessage());
        }
    }

    /** "00 00 01 5A": how protocol bytes are shown to a technician. */
    static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }
}

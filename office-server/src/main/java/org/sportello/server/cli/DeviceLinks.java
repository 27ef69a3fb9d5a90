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

    /**
     * Waits until {@code bytes} written to a serial port have had time to leave it. A serial write
     * returns once the bytes are in the driver's buffer; closing the port right after can drop what
     * the UART has not sent yet (seen on pty pairs, and USB-serial adapters do the same). Devices
     * that answer (printers) need no wait: their answer proves the bytes arrived.
     */
    static void letTheWireDrain(TransportSpec spec, int bytes) {
        if (spec instanceof TransportSpec.Serial serial) {
            // start + data + parity + stop bits per character, plus a margin for the adapter's buffers
            int bitsPerChar = 1 + serial.dataBits() + (serial.parity().letter() == 'N' ? 0 : 1) + 2;
            long millis = (long) bytes * bitsPerChar * 1000 / serial.baud() + 100;
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** "00 00 01 5A": how protocol bytes are shown to a technician. */
    static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }
}

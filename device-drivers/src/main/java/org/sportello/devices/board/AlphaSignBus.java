package org.sportello.devices.board;

import java.io.IOException;
import java.time.Duration;
import org.sportello.devices.transport.Transport;

/**
 * One serial line with one or more Alpha boards: RS-232 to a single board, or RS-485 multi-drop
 * where every board listens and picks the packets with its address. Packets are written whole
 * under one lock, so two boards' updates never interleave on the wire.
 */
public final class AlphaSignBus implements AutoCloseable {
    private final Transport transport;

    public AlphaSignBus(Transport transport) {
        this.transport = transport;
    }

    public AlphaSignBoard board(AlphaBoardConfig config) {
        return new AlphaSignBoard(this, config);
    }

    synchronized void send(byte[] packet, Duration timeout) throws IOException {
        try {
            if (!transport.isOpen()) {
                transport.open();
            }
            transport.write(packet, timeout);
        } catch (IOException e) {
            // Close so the next call reopens: the usual cure for an unplugged USB-serial adapter.
            transport.close();
            throw e;
        }
    }

    String describe() {
        return transport.describe();
    }

    @Override
    public void close() {
        transport.close();
    }
}

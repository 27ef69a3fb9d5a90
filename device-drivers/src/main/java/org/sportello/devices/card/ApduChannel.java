package org.sportello.devices.card;

import java.io.IOException;

/**
 * Sends one command APDU to a card and returns its answer. The chip logic talks only to this, so
 * it is tested on recorded answers; {@link SmartcardioApduChannel} is the real one. An
 * {@link IOException} means the link is gone (card pulled out, reader unplugged).
 */
@FunctionalInterface
public interface ApduChannel {
    ApduResponse transmit(byte[] command) throws IOException;
}

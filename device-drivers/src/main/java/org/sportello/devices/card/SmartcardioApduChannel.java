package org.sportello.devices.card;

import java.io.IOException;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/** The thin javax.smartcardio adapter; it also handles T=0 GET RESPONSE (61xx) by itself. */
final class SmartcardioApduChannel implements ApduChannel {
    private final CardChannel channel;

    SmartcardioApduChannel(CardChannel channel) {
        this.channel = channel;
    }

    @Override
    public ApduResponse transmit(byte[] command) throws IOException {
        try {
            ResponseAPDU response = channel.transmit(new CommandAPDU(command));
            return new ApduResponse(response.getData(), response.getSW());
        } catch (CardException | IllegalStateException e) {
            throw new IOException("card link lost: " + e.getMessage(), e);
        }
    }
}

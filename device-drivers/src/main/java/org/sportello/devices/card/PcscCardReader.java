package org.sportello.devices.card;

import java.time.Clock;
import java.time.Duration;

/** Reads the codice fiscale from a TS-CNS chip in a PC/SC reader (javax.smartcardio). */
public final class PcscCardReader implements CardReader {
    private final String readerNameContains;
    private final Clock clock;

    /** @param readerNameContains part of the reader's name, or null for the first reader */
    public PcscCardReader(String readerNameContains, Clock clock) {
        this.readerNameContains = readerNameContains;
        this.clock = clock;
    }

    @Override
    public CardRead read(Duration timeout) {
        return PcscAccess.withCard(readerNameContains, timeout, channel -> TesseraChip.read(channel, clock),
                (error, detail) -> CardRead.failed(CardSource.CHIP, error, detail));
    }

    @Override
    public String describe() {
        return "pcsc:" + (readerNameContains == null ? "*" : readerNameContains);
    }
}

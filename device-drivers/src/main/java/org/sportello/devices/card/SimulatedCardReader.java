package org.sportello.devices.card;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The default reader when none is configured: the demo or a test presents reads; nothing presented is NO_CARD. */
public final class SimulatedCardReader implements CardReader {
    private final BlockingQueue<CardRead> presented = new LinkedBlockingQueue<>();

    public void present(CardRead read) {
        presented.add(read);
    }

    @Override
    public CardRead read(Duration timeout) {
        try {
            CardRead read = presented.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return read != null ? read : CardRead.failed(CardReadError.NO_CARD, "no card presented");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CardRead.failed(CardReadError.NO_CARD, "interrupted");
        }
    }

    @Override
    public String describe() {
        return "sim:card";
    }
}

package org.sportello.devices.card;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A barcode or magstripe reader that types like a keyboard. The app owns the keyboard: its key
 * filter ({@link org.sportello.devices.scanner.KeystrokeBurstDetector}) hands each device burst to
 * {@link #offer}, and {@link #read} decodes the next one with {@link TesseraText}, so the kiosk
 * treats a wedge reader exactly like a chip reader.
 */
public final class WedgeCardReader implements CardReader {
    private final BlockingQueue<String> bursts = new LinkedBlockingQueue<>();
    private final Clock clock;

    public WedgeCardReader(Clock clock) {
        this.clock = clock;
    }

    /** A burst the key filter recognised as a device, suffix removed. */
    public void offer(String burst) {
        bursts.add(burst);
    }

    @Override
    public CardRead read(Duration timeout) {
        try {
            String burst = bursts.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return burst == null ? CardRead.failed(CardReadError.NO_CARD, "no card swiped or scanned within "
                    + timeout.toSeconds() + " s") : TesseraText.decode(burst, clock);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CardRead.failed(CardReadError.NO_CARD, "interrupted");
        }
    }

    @Override
    public String describe() {
        return "wedge:card";
    }
}

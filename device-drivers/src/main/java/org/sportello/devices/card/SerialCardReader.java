package org.sportello.devices.card;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.sportello.devices.scanner.DroppedFrame;
import org.sportello.devices.scanner.ScanFrameDecoder;
import org.sportello.devices.scanner.ScanFraming;
import org.sportello.devices.transport.Transport;

/**
 * A Tessera Sanitaria read from a reader on a serial line (USB-CDC barcode scanner or RS-232
 * magstripe reader): the first complete line within the timeout is decoded with {@link
 * TesseraText}. Lines are cut with the scanner's frame decoder, so a half swipe expires instead of
 * sticking to the next card. Link faults are results (CARD_ERROR), never exceptions.
 */
public final class SerialCardReader implements CardReader {
    private static final Duration READ_SLICE = Duration.ofMillis(40);

    private final Transport transport;
    private final ScanFraming framing;
    private final Clock clock;

    public SerialCardReader(Transport transport, ScanFraming framing, Clock clock) {
        this.transport = transport;
        this.framing = framing;
        this.clock = clock;
    }

    @Override
    public synchronized CardRead read(Duration timeout) {
        List<String> frames = new ArrayList<>();
        List<DroppedFrame> dropped = new ArrayList<>();
        ScanFrameDecoder decoder = new ScanFrameDecoder(framing, new ScanFrameDecoder.Sink() {
            @Override
            public void frame(String text, long nanoTime) {
                frames.add(text);
            }

            @Override
            public void dropped(DroppedFrame frame) {
                dropped.add(frame);
            }
        });
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] buffer = new byte[256];
        try {
            if (!transport.isOpen()) {
                transport.open();
            }
            while (frames.isEmpty() && System.nanoTime() < deadline) {
                int n = transport.read(buffer, READ_SLICE);
                decoder.accept(buffer, n, System.nanoTime());
            }
        } catch (IOException e) {
            transport.close(); // the next read reopens: a replugged adapter comes back
            return CardRead.failed(CardReadError.CARD_ERROR, transport.describe() + ": " + e.getMessage());
        }
        if (!frames.isEmpty()) {
            return TesseraText.decode(frames.getFirst(), clock);
        }
        if (!dropped.isEmpty()) {
            DroppedFrame last = dropped.getLast();
            return CardRead.failed(CardReadError.UNREADABLE_DATA, "unreadable input (" + last.reason() + "): "
                    + last.detail());
        }
        return CardRead.failed(CardReadError.NO_CARD, "no card swiped or scanned within " + timeout.toSeconds() + " s");
    }

    @Override
    public String describe() {
        return transport.describe();
    }

    @Override
    public void close() {
        transport.close();
    }
}

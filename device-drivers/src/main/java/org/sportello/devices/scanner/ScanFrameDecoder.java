package org.sportello.devices.scanner;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Cuts a scanner's byte stream into frames. Pure (no threads, no clock of its own): bytes come in
 * with a nanosecond timestamp and {@link #poll} is called with the current time to expire a frame
 * that stopped half-way. A dropped frame is reported and forgotten; it is never glued to the next.
 */
public final class ScanFrameDecoder {
    /** Receives frames and drops; the scanner driver forwards them to its listeners. */
    public interface Sink {
        void frame(String text, long nanoTime);

        void dropped(DroppedFrame dropped);
    }

    private static final byte CR = '\r';
    private static final byte LF = '\n';
    /** GS (0x1D): the FNC1 separator inside GS1 barcodes; the only control byte a frame may contain. */
    private static final byte GS = 0x1D;

    private final ScanFraming framing;
    private final Sink sink;
    private final ByteArrayOutputStream frame = new ByteArrayOutputStream();
    private long lastByteNanos;
    /** After a CR that ended a frame, an LF that follows at once belongs to the same line end. */
    private boolean swallowNextLf;
    /** After a TOO_LONG drop, bytes are skipped until the next suffix so the tail is not a frame. */
    private boolean skippingToSuffix;
    private boolean pendingCr;

    public ScanFrameDecoder(ScanFraming framing, Sink sink) {
        this.framing = framing;
        this.sink = sink;
    }

    public void accept(byte[] bytes, int length, long nanoTime) {
        poll(nanoTime);
        for (int i = 0; i < length; i++) {
            accept(bytes[i], nanoTime);
        }
    }

    /** Drops a frame that has waited longer than the inter-byte timeout for its next byte. */
    public void poll(long nanoTime) {
        boolean started = frame.size() > 0 || pendingCr;
        if (started && nanoTime - lastByteNanos > framing.interByteTimeout().toNanos()) {
            String partial = text(frame.toByteArray()) + (pendingCr ? "\r" : "");
            reset();
            sink.dropped(new DroppedFrame(partial, DropReason.TIMED_OUT,
                    "no suffix within " + framing.interByteTimeout().toMillis() + " ms"));
        }
        if (skippingToSuffix && nanoTime - lastByteNanos > framing.interByteTimeout().toNanos()) {
            skippingToSuffix = false; // the noise is over; the next byte starts a fresh frame
        }
        if (swallowNextLf && nanoTime - lastByteNanos > framing.interByteTimeout().toNanos()) {
            swallowNextLf = false;
        }
    }

    private void accept(byte b, long nanoTime) {
        lastByteNanos = nanoTime;
        if (swallowNextLf) {
            swallowNextLf = false;
            if (b == LF) {
                return;
            }
        }
        if (pendingCr) {
            // CRLF suffix: the CR is only an end if an LF follows.
            pendingCr = false;
            if (b == LF) {
                endFrame(nanoTime);
                return;
            }
            append(CR);
        }
        switch (framing.suffix()) {
            case CR -> {
                if (b == CR) {
                    endFrame(nanoTime);
                    return;
                }
            }
            case LF -> {
                if (b == LF) {
                    endFrame(nanoTime);
                    return;
                }
            }
            case CRLF -> {
                if (b == CR) {
                    pendingCr = true;
                    return;
                }
            }
            case ANY_LINE_END -> {
                if (b == CR || b == LF) {
                    swallowNextLf = b == CR;
                    endFrame(nanoTime);
                    return;
                }
            }
            case CUSTOM -> {
                if (b == framing.customSuffix()) {
                    endFrame(nanoTime);
                    return;
                }
            }
        }
        append(b);
    }

    private void append(byte b) {
        if (skippingToSuffix) {
            return;
        }
        frame.write(b);
        if (frame.size() > framing.maxLength()) {
            String partial = text(frame.toByteArray());
            reset();
            skippingToSuffix = true;
            sink.dropped(new DroppedFrame(partial, DropReason.TOO_LONG,
                    "more than " + framing.maxLength() + " bytes without a suffix"));
        }
    }

    private void endFrame(long nanoTime) {
        if (skippingToSuffix) {
            skippingToSuffix = false;
            reset();
            return;
        }
        byte[] bytes = frame.toByteArray();
        reset();
        if (bytes.length == 0) {
            return; // an empty line (e.g. a stray line end): nothing was scanned
        }
        for (byte b : bytes) {
            if ((b >= 0 && b < 0x20 && b != GS) || b == 0x7F) {
                sink.dropped(new DroppedFrame(text(bytes), DropReason.GARBAGE,
                        String.format("control byte 0x%02X in the frame (wrong baud rate or suffix?)", b)));
                return;
            }
        }
        try {
            String text = framing.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            sink.frame(text, nanoTime);
        } catch (CharacterCodingException e) {
            sink.dropped(new DroppedFrame(text(bytes), DropReason.GARBAGE,
                    "not valid " + framing.charset().name() + " text (wrong baud rate?)"));
        }
    }

    private void reset() {
        frame.reset();
        pendingCr = false;
    }

    private static String text(byte[] bytes) {
        // For reports only: never fails, shows undecodable bytes as replacement characters.
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}

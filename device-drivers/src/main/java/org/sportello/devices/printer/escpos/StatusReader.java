package org.sportello.devices.printer.escpos;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.sportello.devices.transport.Transport;

/**
 * Asks a printer for its real-time status (DLE EOT 1, 2, 3, 4) over a {@link Transport} and reads
 * the answers. Whatever else arrives meanwhile is sorted by its fixed bits, as Epson's
 * "identification of send status" table describes: ASB blocks are decoded and kept, XON/XOFF
 * skipped, anything else is garbage.
 */
public final class StatusReader {
    private static final int XON = 0x11;
    private static final int XOFF = 0x13;
    /** Bound on stale bytes thrown away before a query, so a babbling line cannot hang us. */
    private static final int MAX_DRAIN = 4096;
    /**
     * Draining uses a tiny timeout instead of zero: some serial libraries read zero as "wait
     * forever".
     */
    private static final Duration DRAIN_POLL = Duration.ofMillis(1);

    private final Transport transport;
    private final Duration timeout;
    private final Deque<Integer> pending = new ArrayDeque<>();
    private final byte[] buffer = new byte[64];
    /** System.nanoTime, or a test's clock that moves only when the line is waited on. */
    private final LongSupplier nanoClock;
    private volatile PrinterStatus lastAutoStatus;

    public StatusReader(Transport transport, Duration timeout) {
        this(transport, timeout, System::nanoTime);
    }

    StatusReader(Transport transport, Duration timeout, LongSupplier nanoClock) {
        this.transport = transport;
        this.timeout = timeout;
        this.nanoClock = nanoClock;
    }

    /**
     * Queries all four status groups. A printer silent on the first request is not asked the
     * others, so a dead link costs one timeout, not four.
     *
     * @throws IOException when the link itself fails (the printer is unplugged)
     */
    public PrinterStatus query() throws IOException {
        drain();
        Set<StatusFlag> flags = EnumSet.noneOf(StatusFlag.class);
        boolean sawGarbage = false;
        for (RealTimeStatusRequest request : RealTimeStatusRequest.values()) {
            transport.write(request.command(), timeout);
            Answer answer = awaitAnswer();
            sawGarbage |= answer.sawGarbage();
            if (answer.value().isEmpty()) {
                if (request == RealTimeStatusRequest.PRINTER) {
                    return sawGarbage ? PrinterStatus.garbled() : PrinterStatus.noAnswer();
                }
                continue; // some clones answer only n = 1; what they did say still counts
            }
            flags.addAll(request.decode(answer.value().get()).orElseThrow());
        }
        // One stray byte among the answers means the line is not trustworthy (wrong baud rate).
        return sawGarbage ? PrinterStatus.garbled() : PrinterStatus.answered(flags);
    }

    /** The latest automatic status back block received, if the printer sent any. */
    public Optional<PrinterStatus> lastAutoStatus() {
        return Optional.ofNullable(lastAutoStatus);
    }

    /** Reads whatever is waiting (late answers, ASB blocks) so the next answer lines up. */
    public void drain() throws IOException {
        int seen = 0;
        while (seen < MAX_DRAIN) {
            if (pending.isEmpty() && !fill(DRAIN_POLL)) {
                return;
            }
            int b = pending.removeFirst();
            seen++;
            if (AutoStatusBack.isFirstByte(b)) {
                readAutoStatusBlock(b, nanoClock.getAsLong() + DRAIN_POLL.toNanos() * 10);
            }
        }
    }

    private Answer awaitAnswer() throws IOException {
        long deadline = nanoClock.getAsLong() + timeout.toNanos();
        boolean sawGarbage = false;
        while (true) {
            Optional<Integer> next = nextByte(deadline);
            if (next.isEmpty()) {
                return new Answer(Optional.empty(), sawGarbage);
            }
            int b = next.get();
            if (RealTimeStatusRequest.looksLikeAnswer(b)) {
                return new Answer(Optional.of(b), sawGarbage);
            } else if (AutoStatusBack.isFirstByte(b)) {
                sawGarbage |= !readAutoStatusBlock(b, deadline);
            } else if (b != XON && b != XOFF) {
                sawGarbage = true;
            }
        }
    }

    /** Reads the three bytes after an ASB header (XOFF may be interleaved); true if decoded. */
    private boolean readAutoStatusBlock(int first, long deadline) throws IOException {
        byte[] block = new byte[AutoStatusBack.BLOCK_LENGTH];
        block[0] = (byte) first;
        int filled = 1;
        while (filled < block.length) {
            Optional<Integer> next = nextByte(deadline);
            if (next.isEmpty()) {
                return false;
            }
            if (next.get() == XOFF) {
                continue;
            }
            block[filled++] = next.get().byteValue();
        }
        Optional<Set<StatusFlag>> flags = AutoStatusBack.decode(block);
        flags.ifPresent(f -> lastAutoStatus = PrinterStatus.answered(f));
        return flags.isPresent();
    }

    private Optional<Integer> nextByte(long deadline) throws IOException {
        while (pending.isEmpty()) {
            long left = deadline - nanoClock.getAsLong();
            if (left <= 0) {
                return Optional.empty();
            }
            fill(Duration.ofNanos(left));
        }
        return Optional.of(pending.removeFirst());
    }

    private boolean fill(Duration wait) throws IOException {
        int n = transport.read(buffer, wait);
        for (int i = 0; i < n; i++) {
            pending.addLast(buffer[i] & 0xFF);
        }
        return n > 0;
    }

    private record Answer(Optional<Integer> value, boolean sawGarbage) {
    }
}

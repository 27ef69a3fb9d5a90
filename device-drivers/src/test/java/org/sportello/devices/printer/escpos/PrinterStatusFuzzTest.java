package org.sportello.devices.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.sportello.devices.Mutations;
import org.sportello.devices.transport.Transport;

/**
 * Whatever bytes come back from a printer (late answers, automatic status blocks, XON/XOFF, a wrong
 * baud rate), a status query ends with a {@link PrinterStatus}, never an exception, and that status
 * explains itself in Italian and English. The printer here answers from a script on a clock that
 * moves only when the reader waits, so a silent line costs no real time. Random bytes, and valid
 * answer sequences with bytes flipped, inserted or deleted. 100,000 scripts.
 */
class PrinterStatusFuzzTest {
    private static final Duration TIMEOUT = Duration.ofMillis(300);

    @Property(tries = 100_000)
    void anyPrinterReplyEndsInAnExplainedStatus(@ForAll("replies") byte[] reply) throws Exception {
        Mutations.about(() -> Mutations.show(reply), () -> check(reply));
        for (int i = 0; i < Mutations.EXTRA; i++) {
            byte[] more = replies().sample();
            Mutations.about(() -> Mutations.show(more), () -> check(more));
        }
    }

    private static void check(byte[] reply) throws Exception {
        ScriptedPrinter printer = new ScriptedPrinter(reply);
        StatusReader reader = new StatusReader(printer, TIMEOUT, printer::now);

        PrinterStatus status = reader.query();

        assertThat(status).isNotNull();
        assertThat(status.toDeviceStatus()).isNotNull();
        for (Locale locale : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
            assertThat(status.explain(locale)).isNotBlank();
        }
        assertThat(printer.waited).as("a query waits at most one timeout per request").isLessThanOrEqualTo(
                4 * TIMEOUT.toNanos() + Duration.ofMillis(20).toNanos());
        reader.lastAutoStatus().ifPresent(auto -> assertThat(auto.explain(Locale.ITALIAN)).isNotBlank());

        if (reply.length == AutoStatusBack.BLOCK_LENGTH) {
            Optional<Set<StatusFlag>> block = AutoStatusBack.decode(reply);
            block.ifPresent(flags -> assertThat(PrinterStatus.answered(flags).explain(Locale.ITALIAN)).isNotBlank());
        }
        for (RealTimeStatusRequest request : RealTimeStatusRequest.values()) {
            Optional<Set<StatusFlag>> flags = request.decode(reply.length == 0 ? 0 : reply[0] & 0xFF);
            flags.ifPresent(f -> assertThat(request.flags()).containsAll(f));
        }
    }

    @Provide
    Arbitrary<byte[]> replies() {
        // What a real printer says: one answer byte per request (fixed bits 0**1**10), possibly an ASB
        // block of four before or between them, and XON/XOFF.
        Arbitrary<byte[]> answer = Arbitraries.integers().between(0, 255)
                .map(b -> new byte[] {(byte) ((b & 0b0110_1100) | 0b0001_0010)});
        Arbitrary<byte[]> asb = Arbitraries.integers().between(0, 0xFFFFFF).map(b -> new byte[] {
            (byte) (((b >> 16) & 0b0110_1100) | 0b0001_0000), (byte) ((b >> 8) & 0b0110_1111),
            (byte) (b & 0b0110_1111), 0});
        Arbitrary<byte[]> flow = Arbitraries.of(new byte[] {0x11}, new byte[] {0x13});
        Arbitrary<byte[]> valid = Arbitraries.frequencyOf(Tuple.of(6, answer), Tuple.of(2, asb), Tuple.of(1, flow))
                .list().ofMinSize(0).ofMaxSize(8).map(PrinterStatusFuzzTest::concat);
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(40)),
                Tuple.of(8, Mutations.ofBytes(valid, 3)));
    }

    private static byte[] concat(List<byte[]> parts) {
        int size = parts.stream().mapToInt(p -> p.length).sum();
        byte[] out = new byte[size];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /**
     * A printer that hands out its scripted bytes one request at a time: each request releases the
     * bytes up to the next one that looks like an answer (what came before it is noise or ASB blocks).
     * Its clock jumps by the wait when it has nothing to say.
     */
    private static final class ScriptedPrinter implements Transport {
        private final Deque<Byte> script = new ArrayDeque<>();
        private final Deque<Byte> available = new ArrayDeque<>();
        private final List<Integer> chunks = new ArrayList<>();
        private long now = 1_000_000_000L;
        long waited;

        ScriptedPrinter(byte[] reply) {
            for (byte b : reply) {
                script.add(b);
            }
        }

        long now() {
            return now;
        }

        @Override
        public void open() {
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void write(byte[] bytes, Duration timeout) {
            chunks.add(bytes.length);
            while (!script.isEmpty()) {
                byte b = script.removeFirst();
                available.addLast(b);
                if (RealTimeStatusRequest.looksLikeAnswer(b & 0xFF)) {
                    break;
                }
            }
        }

        @Override
        public int read(byte[] buffer, Duration timeout) {
            if (available.isEmpty()) {
                long wait = Math.max(1, timeout.toNanos());
                now += wait;
                waited += wait;
                return 0;
            }
            // A few bytes at a time, as a serial line delivers them.
            int n = Math.min(buffer.length, Math.min(available.size(), 1 + chunks.size() % 3));
            for (int i = 0; i < n; i++) {
                buffer[i] = available.removeFirst();
            }
            now += 1_000;
            return n;
        }

        @Override
        public String describe() {
            return "scripted printer";
        }

        @Override
        public void close() {
        }
    }
}

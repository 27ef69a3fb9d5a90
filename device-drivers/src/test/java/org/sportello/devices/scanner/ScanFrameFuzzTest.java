package org.sportello.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.sportello.devices.Mutations;

/**
 * Whatever a serial scanner sends (a wrong baud rate, noise, half frames, floods), the frame decoder
 * never throws: every byte ends up in a frame or a drop with its reason and a detail, and a frame is
 * text without control characters (GS aside) no longer than the limit. Random bytes, and streams of
 * valid scans (ticket codes, document seals, codici fiscali) with bytes flipped, inserted or deleted,
 * cut into chunks that arrive with random pauses. 100,000 streams.
 */
class ScanFrameFuzzTest {
    private static final long MS = 1_000_000L;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    @Property(tries = 100_000)
    void anyByteStreamBecomesFramesOrReportedDrops(@ForAll("streams") byte[] stream,
                                                   @ForAll("framings") ScanFraming framing,
                                                   @ForAll("pauses") List<Integer> pauses) {
        Mutations.about(() -> Mutations.show(stream) + " " + framing + " " + pauses, () -> check(stream, framing, pauses));
        for (int i = 0; i < Mutations.EXTRA; i++) {
            byte[] more = streams().sample();
            List<Integer> morePauses = pauses().sample();
            Mutations.about(() -> Mutations.show(more) + " " + framing + " " + morePauses,
                    () -> check(more, framing, morePauses));
        }
    }

    private static void check(byte[] stream, ScanFraming framing, List<Integer> pauses) {
        List<String> frames = new ArrayList<>();
        List<DroppedFrame> drops = new ArrayList<>();
        ScanFrameDecoder decoder = new ScanFrameDecoder(framing, new ScanFrameDecoder.Sink() {
            @Override
            public void frame(String text, long nanoTime) {
                frames.add(text);
            }

            @Override
            public void dropped(DroppedFrame dropped) {
                drops.add(dropped);
            }
        });
        long now = 1_000 * MS;
        int at = 0;
        int chunk = 0;
        while (at < stream.length) {
            int length = Math.min(stream.length - at, 1 + pauses.get(chunk % pauses.size()) % 17);
            byte[] part = new byte[length];
            System.arraycopy(stream, at, part, 0, length);
            decoder.accept(part, length, now);
            at += length;
            now += pauses.get(chunk % pauses.size()) * MS;
            chunk++;
        }
        decoder.poll(now + 10_000 * MS);
        for (String frame : frames) {
            assertThat(frame).isNotEmpty();
            assertThat(frame.getBytes(framing.charset()).length).isLessThanOrEqualTo(framing.maxLength());
            if (CONTROL.matcher(frame.replace("\u001d", "")).find()) {
                throw new AssertionError("a control character in the frame " + Mutations.show(frame));
            }
        }
        for (DroppedFrame drop : drops) {
            assertThat(drop.reason()).isNotNull();
            assertThat(drop.detail()).isNotBlank();
            assertThat(drop.partialText()).isNotNull();
        }
    }

    @Provide
    Arbitrary<byte[]> streams() {
        Arbitrary<String> scan = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(1).flatMap(p ->
                        Arbitraries.integers().between(1, 999).map(n -> p + String.format("%03d", n))),
                Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_|").ofMinLength(10).ofMaxLength(140)
                        .map(s -> "SPT1|" + s),
                Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789àè€\u001d").ofMaxLength(40));
        Arbitrary<String> suffixed = Combinators.combine(scan, Arbitraries.of("\r", "\n", "\r\n", "\t", ""))
                .as((s, end) -> s + end);
        Arbitrary<byte[]> valid = suffixed.list().ofMinSize(1).ofMaxSize(4)
                .map(list -> String.join("", list).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(700)),
                Tuple.of(8, Mutations.ofBytes(valid, 4)));
    }

    @Provide
    Arbitrary<ScanFraming> framings() {
        return Combinators.combine(Arbitraries.of(FrameSuffix.class), Arbitraries.of((byte) '\t', (byte) 0x03),
                Arbitraries.of(16, 64, 512))
                .as((suffix, custom, max) -> new ScanFraming(suffix, custom, ScanFraming.defaults().interByteTimeout(),
                        max, suffix == FrameSuffix.CUSTOM ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<List<Integer>> pauses() {
        return Arbitraries.integers().between(0, 400).list().ofMinSize(1).ofMaxSize(6);
    }
}

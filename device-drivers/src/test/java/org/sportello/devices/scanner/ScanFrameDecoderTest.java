package org.sportello.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(10)
class ScanFrameDecoderTest {
    private static final long MS = 1_000_000L;
    private final List<String> frames = new ArrayList<>();
    private final List<DroppedFrame> drops = new ArrayList<>();

    private ScanFrameDecoder decoder(ScanFraming framing) {
        return new ScanFrameDecoder(framing, new ScanFrameDecoder.Sink() {
            @Override
            public void frame(String text, long nanoTime) {
                frames.add(text);
            }

            @Override
            public void dropped(DroppedFrame dropped) {
                drops.add(dropped);
            }
        });
    }

    private static void feed(ScanFrameDecoder d, String s, long nanos) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        d.accept(b, b.length, nanos);
    }

    @ParameterizedTest
    @CsvSource({"CR, '\r'", "LF, '\n'", "CRLF, '\r\n'", "ANY_LINE_END, '\r'", "ANY_LINE_END, '\n'", "ANY_LINE_END, '\r\n'"})
    void framesEndWithTheConfiguredSuffix(FrameSuffix suffix, String end) {
        ScanFrameDecoder d = decoder(ScanFraming.defaults().withSuffix(suffix));
        feed(d, "A023" + end + "RSSMRA85T10A562S" + end, 0);
        assertThat(frames).containsExactly("A023", "RSSMRA85T10A562S");
        assertThat(drops).isEmpty();
    }

    @Test
    void framesSplitAcrossReadsAreJoined() {
        ScanFrameDecoder d = decoder(ScanFraming.defaults());
        feed(d, "RSSMRA", 0);
        feed(d, "85T10A5", 5 * MS);
        feed(d, "62S\r", 10 * MS);
        assertThat(frames).containsExactly("RSSMRA85T10A562S");
    }

    @Test
    void crlfModeKeepsALoneCrInsideTheFrame() {
        ScanFrameDecoder d = decoder(ScanFraming.defaults().withSuffix(FrameSuffix.CRLF));
        feed(d, "AB\rCD\r\n", 0);
        // The lone CR is a control byte inside the frame: refused as garbage, not split.
        assertThat(frames).isEmpty();
        assertThat(drops).extracting(DroppedFrame::reason).containsExactly(DropReason.GARBAGE);
    }

    @Test
    void customSuffix() {
        ScanFrameDecoder d = decoder(ScanFraming.defaults().withCustomSuffix((byte) '\t'));
        feed(d, "X1\tX2\t", 0);
        assertThat(frames).containsExactly("X1", "X2");
    }

    @Test
    void aPartialFrameThatTimesOutIsDroppedNotMergedIntoTheNext() {
        ScanFrameDecoder d = decoder(ScanFraming.defaults());
        feed(d, "RSSMRA85", 0);
        d.poll(150 * MS);
        assertThat(drops).isEmpty(); // still within 200 ms
        d.poll(250 * MS);
        assertThat(drops).containsExactly(new DroppedFrame("RSSMRA85", DropReason.TIMED_OUT, "no suffix within 200 ms"));
        feed(d, "A023\r", 300 * MS);
        assertThat(frames).containsExactly("A023");
    }

    @Test
    void theTimeoutAlsoAppliesWhenTheNextBytesArriveLate() {
        ScanFrameDecoder d = decoder(ScanFraming.defaults());
        feed(d, "RSSM", 0);
        feed(d, "A023\r", 500 * MS); // no poll in between: accept() expires the stale half first
        assertThat(frames).containsExactly("A023");
        assertThat(drops).extracting(DroppedFrame::reason).containsExactly(DropReason.TIMED_OUT);
    }

    @Test
    void garbageFromAWrongBaudRateIsDropped() {
        ScanFrameDecoder d = decoder(ScanFraming.defaults());
        byte[] noise = {(byte) 0xF0, (byte) 0x80, 0x01, (byte) 0xFE, '\r'};
        d.accept(noise, noise.length, 0);
        byte[] invalidUtf8 = {(byte) 0xC3, (byte) 0x28, '\r'};
        d.accept(invalidUtf8, invalidUtf8.length, MS);
        feed(d, "A023\r", 2 * MS);
        assertThat(frames).containsExactly("A023");
        assertThat(drops).extracting(DroppedFrame::reason).containsExactly(DropReason.GARBAGE, DropReason.GARBAGE);
    }

    @Test
    void gs1SeparatorIsAllowed() {
        ScanFrameDecoder d = decoder(ScanFraming.defaults());
        feed(d, "0101234\u001D10ABC\r", 0);
        assertThat(frames).containsExactly("0101234\u001D10ABC");
    }

    @Test
    void anOverlongFrameIsDroppedAndItsTailSkipped() {
        ScanFrameDecoder d = decoder(new ScanFraming(FrameSuffix.CR, (byte) 0, Duration.ofMillis(200), 8,
                StandardCharsets.UTF_8));
        feed(d, "0123456789ABCDEF\rOK\r", 0);
        assertThat(frames).containsExactly("OK");
        assertThat(drops).extracting(DroppedFrame::reason).containsExactly(DropReason.TOO_LONG);
    }

    @Test
    void strayLineEndsAreNotScans() {
        ScanFrameDecoder d = decoder(ScanFraming.defaults());
        feed(d, "\r\n\n\rA1\r\n", 0);
        assertThat(frames).containsExactly("A1");
        assertThat(drops).isEmpty();
    }
}

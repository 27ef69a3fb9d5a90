package org.sportello.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class KeystrokeBurstDetectorTest {
    private static final long MS = 1_000_000L;

    /** Feeds text with a fixed gap and ticks afterwards; returns everything decided. */
    private static List<KeyBurst> type(KeystrokeBurstDetector d, String text, long startNanos, long gapNanos) {
        List<KeyBurst> out = new ArrayList<>();
        long t = startNanos;
        for (char c : text.toCharArray()) {
            out.addAll(d.onKey(c, t));
            t += gapNanos;
        }
        out.addAll(d.tick(t + 100 * MS));
        return out;
    }

    private static String typedText(List<KeyBurst> bursts) {
        StringBuilder sb = new StringBuilder();
        bursts.forEach(b -> {
            if (b instanceof KeyBurst.Typed t) {
                sb.append(t.text());
            }
        });
        return sb.toString();
    }

    @Test
    void aScannerBurstWithEnterIsAScan() {
        List<KeyBurst> out = type(KeystrokeBurstDetector.defaults(), "RSSMRA85T10A562S\r", 0, 3 * MS);
        assertThat(out).singleElement().isInstanceOfSatisfying(KeyBurst.Scanned.class,
                s -> assertThat(s.text()).isEqualTo("RSSMRA85T10A562S"));
    }

    @Test
    void humanTypingComesBackAsTypedInOrder() {
        KeystrokeBurstDetector d = KeystrokeBurstDetector.defaults();
        List<KeyBurst> out = type(d, "Rossi Mario\r", 0, 120 * MS);
        assertThat(out).allMatch(b -> b instanceof KeyBurst.Typed);
        assertThat(typedText(out)).isEqualTo("Rossi Mario\r");
        assertThat(d.holding()).isFalse();
    }

    @Test
    void twoFastHumanKeysAreStillTyping() {
        KeystrokeBurstDetector d = KeystrokeBurstDetector.defaults();
        List<KeyBurst> out = new ArrayList<>();
        out.addAll(d.onKey('a', 0));
        out.addAll(d.onKey('b', 15 * MS)); // key rollover
        out.addAll(d.onKey('\r', 25 * MS));
        assertThat(out).containsExactly(new KeyBurst.Typed("ab\r"));
    }

    @Test
    void aFastBurstWithoutSuffixIsGivenBackWhenTheSuffixIsRequired() {
        List<KeyBurst> out = type(KeystrokeBurstDetector.defaults(), "RSSMRA85T10A562S", 0, 3 * MS);
        assertThat(out).containsExactly(new KeyBurst.Typed("RSSMRA85T10A562S"));
    }

    @Test
    void devicesWithoutSuffixAreRecognisedWhenConfigured() {
        KeystrokeBurstDetector d = new KeystrokeBurstDetector(Duration.ofMillis(40), 6, '\r', false);
        List<KeyBurst> out = type(d, "RSSMRA85T10A562S", 0, 3 * MS);
        assertThat(out).singleElement().isInstanceOf(KeyBurst.Scanned.class);
    }

    @Test
    void typingThenAScanAreSeparated() {
        KeystrokeBurstDetector d = KeystrokeBurstDetector.defaults();
        List<KeyBurst> out = new ArrayList<>(type(d, "abc", 0, 150 * MS));
        out.addAll(type(d, "A023XY\n", 2_000 * MS, 2 * MS));
        assertThat(typedText(out)).isEqualTo("abc");
        assertThat(out).filteredOn(b -> b instanceof KeyBurst.Scanned).singleElement()
                .isEqualTo(new KeyBurst.Scanned("A023XY", 2_000 * MS, 2_012 * MS));
    }

    @Property(tries = 200)
    void humansNeverLoseOrReorderKeys(@ForAll @AlphaChars @StringLength(min = 1, max = 30) String text,
                                      @ForAll @IntRange(min = 45, max = 400) int gapMs) {
        KeystrokeBurstDetector d = KeystrokeBurstDetector.defaults();
        List<KeyBurst> out = type(d, text + "\r", 0, gapMs * MS);
        assertThat(out).allMatch(b -> b instanceof KeyBurst.Typed);
        assertThat(typedText(out)).isEqualTo(text + "\r");
    }

    @Property(tries = 200)
    void burstsAreAlwaysScans(@ForAll @AlphaChars @StringLength(min = 6, max = 60) String text,
                              @ForAll @IntRange(min = 0, max = 35) int gapMs) {
        List<KeyBurst> out = type(KeystrokeBurstDetector.defaults(), text + "\r", 0, gapMs * MS);
        assertThat(out).singleElement().isInstanceOfSatisfying(KeyBurst.Scanned.class,
                s -> assertThat(s.text()).isEqualTo(text));
    }
}

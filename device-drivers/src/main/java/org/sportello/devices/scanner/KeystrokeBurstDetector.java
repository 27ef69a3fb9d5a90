package org.sportello.devices.scanner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells keyboard-wedge devices (barcode scanners, magstripe and RFID readers) from people typing,
 * by timing: a device types a whole code with a few milliseconds between keys and ends it with a
 * suffix (usually Enter); a person leaves tens of milliseconds or more between keys.
 *
 * <p>It knows nothing of JavaFX: the app feeds it every typed character with a nanosecond
 * timestamp ({@link #onKey}) and calls {@link #tick} from a timer. Every key is held briefly (at
 * most {@code maxInterKeyGap}) until the detector knows what it is, then comes back either as
 * {@link KeyBurst.Typed} (re-deliver to the focused field, order kept, nothing lost) or as {@link
 * KeyBurst.Scanned} (route to the scan handler whatever has focus). A person feels no delay:
 * {@code maxInterKeyGap} is about 30-50 ms.
 *
 * <p>Not thread-safe: call it from one thread (the FX thread).
 */
public final class KeystrokeBurstDetector {
    private final long maxGapNanos;
    private final int minBurstLength;
    private final char suffix;
    private final boolean suffixRequired;
    private final StringBuilder held = new StringBuilder();
    private long firstNanos;
    private long lastNanos;

    /**
     * @param maxInterKeyGap  keys closer than this belong to one burst
     * @param minBurstLength  shorter bursts are human (two fast keys happen when people type)
     * @param suffix          the terminating character the devices are set to send ('\r' or '\n' for Enter, '\t')
     * @param suffixRequired  true: a fast burst without suffix is given back as typing; false: it is
     *                        a scan when it is long enough (for devices set to send no suffix)
     */
    public KeystrokeBurstDetector(Duration maxInterKeyGap, int minBurstLength, char suffix, boolean suffixRequired) {
        if (minBurstLength < 2) {
            throw new IllegalArgumentException("a burst has at least 2 characters");
        }
        this.maxGapNanos = maxInterKeyGap.toNanos();
        this.minBurstLength = minBurstLength;
        this.suffix = suffix;
        this.suffixRequired = suffixRequired;
    }

    /** 40 ms between keys, at least 6 characters, Enter (CR) as suffix, suffix required. */
    public static KeystrokeBurstDetector defaults() {
        return new KeystrokeBurstDetector(Duration.ofMillis(40), 6, '\r', true);
    }

    /** A typed character; returns what is now decided (often nothing: the key is held). */
    public List<KeyBurst> onKey(char c, long nanoTime) {
        List<KeyBurst> out = new ArrayList<>(2);
        if (!held.isEmpty() && nanoTime - lastNanos > maxGapNanos) {
            settle(out);
        }
        if (isSuffix(c)) {
            if (held.length() >= minBurstLength) {
                out.add(new KeyBurst.Scanned(held.toString(), firstNanos, nanoTime));
                held.setLength(0);
            } else {
                settle(out);
                out.add(new KeyBurst.Typed(String.valueOf(c)));
                merge(out);
            }
            return out;
        }
        if (held.isEmpty()) {
            firstNanos = nanoTime;
        }
        held.append(c);
        lastNanos = nanoTime;
        return out;
    }

    /** Call often (every 10-20 ms): settles held keys once the gap since the last one is too long for a burst. */
    public List<KeyBurst> tick(long nanoTime) {
        List<KeyBurst> out = new ArrayList<>(1);
        if (!held.isEmpty() && nanoTime - lastNanos > maxGapNanos) {
            settle(out);
        }
        return out;
    }

    /** True while keys are held back; the app can show nothing special, it is a few ms at most. */
    public boolean holding() {
        return !held.isEmpty();
    }

    private boolean isSuffix(char c) {
        // Enter arrives as CR or LF depending on platform and device; both end a burst when CR/LF is the suffix.
        return c == suffix || (suffix == '\r' && c == '\n') || (suffix == '\n' && c == '\r');
    }

    /** The held keys are over without a suffix: typing, or a suffix-less device burst. */
    private void settle(List<KeyBurst> out) {
        if (held.isEmpty()) {
            return;
        }
        if (!suffixRequired && held.length() >= minBurstLength) {
            out.add(new KeyBurst.Scanned(held.toString(), firstNanos, lastNanos));
        } else {
            out.add(new KeyBurst.Typed(held.toString()));
        }
        held.setLength(0);
    }

    /** Joins adjacent Typed results so the app re-delivers one string. */
    private static void merge(List<KeyBurst> out) {
        for (int i = out.size() - 1; i > 0; i--) {
            if (out.get(i) instanceof KeyBurst.Typed b && out.get(i - 1) instanceof KeyBurst.Typed a) {
                out.set(i - 1, new KeyBurst.Typed(a.text() + b.text()));
                out.remove(i);
            }
        }
    }
}

package org.sportello.devices.scanner;

/**
 * What the {@link KeystrokeBurstDetector} decided about held keys: either they were typed by a
 * person (give them back to the focused field, in order) or they were a device burst (route to
 * the scan handler).
 */
public sealed interface KeyBurst {
    /** Characters a person typed; deliver them to whatever has focus. */
    record Typed(String text) implements KeyBurst {
    }

    /** A scanner or card-reader burst, suffix removed. */
    record Scanned(String text, long firstKeyNanos, long lastKeyNanos) implements KeyBurst {
    }
}

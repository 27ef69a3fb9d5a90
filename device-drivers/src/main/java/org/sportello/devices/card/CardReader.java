package org.sportello.devices.card;

import java.time.Duration;

/**
 * The health-card reader port. {@link #read} waits at most {@code timeout} for a card and answers
 * with a {@link CardRead}; device faults (no reader, no PC/SC, card pulled out) are results, never
 * exceptions. Calls block, so apps call it off the UI thread.
 */
public interface CardReader extends AutoCloseable {
    CardRead read(Duration timeout);

    /** A short name for messages and logs. */
    String describe();

    @Override
    default void close() {
    }
}

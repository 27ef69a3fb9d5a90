package org.sportello.devices.card;

import java.time.Duration;

/** The operator badge reader port; like {@link CardReader}, faults are results, never exceptions. */
public interface BadgeReader extends AutoCloseable {
    BadgeRead read(Duration timeout);

    @Override
    default void close() {
    }
}

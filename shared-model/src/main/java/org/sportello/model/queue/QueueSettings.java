package org.sportello.model.queue;

import java.io.Serializable;
import java.time.Duration;

/**
 * Office-wide queue rules.
 *
 * @param agingLimit          a standard ticket that has waited this long is called as if it had priority,
 *                            so a stream of priority tickets can never starve it
 * @param recallsBeforeNoShow recalls needed before a ticket may be marked as no-show
 * @param serviceTimeSample   how many recent visits the wait estimate averages
 */
public record QueueSettings(Duration agingLimit, int recallsBeforeNoShow, int serviceTimeSample) implements Serializable {
    public static final QueueSettings DEFAULT = new QueueSettings(Duration.ofMinutes(30), 1, 20);

    public QueueSettings {
        if (agingLimit.isNegative() || agingLimit.isZero()) {
            throw new IllegalArgumentException("aging limit must be positive");
        }
        if (recallsBeforeNoShow < 0 || serviceTimeSample < 1) {
            throw new IllegalArgumentException("invalid queue settings");
        }
    }
}

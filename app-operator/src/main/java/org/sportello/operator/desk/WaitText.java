package org.sportello.operator.desk;

import java.time.Duration;
import org.sportello.operator.ui.Messages;

/** Waits as an operator reads them at a glance: "04:12" under an hour, "1 h 05 min" beyond. */
public final class WaitText {
    private WaitText() {
    }

    public static String format(Duration d, Messages messages) {
        long seconds = Math.max(0, d.toSeconds());
        if (seconds < 3600) {
            return messages.text("duration.minutes", seconds / 60, seconds % 60);
        }
        return messages.text("duration.hours", seconds / 3600, (seconds % 3600) / 60);
    }
}

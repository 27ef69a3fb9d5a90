package org.sportello.model.queue;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** End of day: the tickets that were still open, per service. */
public record DayCloseReport(LocalDate day, List<ServiceCount> unserved, int served) implements Serializable {
    public record ServiceCount(String prefix, int count) implements Serializable {
    }

    public int totalUnserved() {
        return unserved.stream().mapToInt(ServiceCount::count).sum();
    }
}

package org.sportello.model.queue;

import java.time.LocalDate;
import java.util.List;

/** End of day: the tickets that were still open, per service. */
public record DayCloseReport(LocalDate day, List<ServiceCount> unserved, int served) {
    public record ServiceCount(String prefix, int count) {
    }

    public int totalUnserved() {
        return unserved.stream().mapToInt(ServiceCount::count).sum();
    }
}

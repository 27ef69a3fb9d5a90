package org.sportello.demo;

import java.util.List;
import java.util.UUID;
import org.sportello.model.common.SportelloException;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueService;

/** A few citizens already waiting when the demo opens, so the desk has someone to call. */
final class DemoTraffic {
    private record Visit(String service, PriorityClass priority, String language) {
    }

    private static final List<Visit> MORNING = List.of(
            new Visit("A", PriorityClass.STANDARD, "it"),
            new Visit("B", PriorityClass.STANDARD, "it"),
            new Visit("A", PriorityClass.ELDERLY, "it"),
            new Visit("C", PriorityClass.STANDARD, "it"),
            new Visit("B", PriorityClass.STANDARD, "en"),
            new Visit("D", PriorityClass.STANDARD, "it"));

    private DemoTraffic() {
    }

    /** Issues the sample visits unless people are already waiting; returns how many were issued. */
    static int seed(QueueService queue) {
        if (!queue.waiting().isEmpty()) {
            return 0;
        }
        int issued = 0;
        for (Visit v : MORNING) {
            try {
                queue.issue(new IssueRequest(v.service(), v.priority(), v.language(), UUID.randomUUID().toString()));
                issued++;
            } catch (SportelloException closedNow) {
                // Company services keep office hours; outside them the demo simply has fewer visitors.
            }
        }
        return issued;
    }
}

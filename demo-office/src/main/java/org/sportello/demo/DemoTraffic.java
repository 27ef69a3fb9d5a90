package org.sportello.demo;

import java.util.List;
import java.util.UUID;
import org.sportello.model.common.SportelloException;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueService;
import org.sportello.model.setup.DemoPeople;

/** A few citizens already waiting when the demo opens, so the desk has someone to call. */
final class DemoTraffic {
    /** {@code citizen}: the codice fiscale a health card gave at the kiosk, or null. */
    private record Visit(String service, PriorityClass priority, String language, String citizen) {
    }

    // The demo citizens (DemoPeople) come with their health cards, so the desk's document sheet (F11)
    // starts with them: the elderly A ticket is called first at counter 1.
    private static final List<Visit> MORNING = List.of(
            new Visit("A", PriorityClass.STANDARD, "it", DemoPeople.GIULIA_BIANCHI),
            new Visit("B", PriorityClass.STANDARD, "it", DemoPeople.LUCA_VERDI),
            new Visit("A", PriorityClass.ELDERLY, "it", DemoPeople.MARIO_ROSSI),
            new Visit("C", PriorityClass.STANDARD, "it", null),
            new Visit("B", PriorityClass.STANDARD, "en", null),
            new Visit("D", PriorityClass.STANDARD, "it", null));

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
                IssueRequest tap = new IssueRequest(v.service(), v.priority(), v.language(), UUID.randomUUID().toString());
                queue.issue(v.citizen() == null ? tap : tap.withCitizen(v.citizen()));
                issued++;
            } catch (SportelloException closedNow) {
                // Company services keep office hours; outside them the demo simply has fewer visitors.
            }
        }
        return issued;
    }
}

package org.sportello.server.contention;

import java.util.List;

/** What the contention test and its client processes agree on. */
final class ContentionPlan {
    /** Demo services open around the clock, so the fixed test clock never meets a closed service. */
    static final List<String> SERVICES = List.of("A", "B", "E");

    private ContentionPlan() {
    }

    /** A tap every client sends: it must make exactly one ticket however many send it at once. */
    static String sharedKey(int i) {
        return "shared-" + i;
    }
}

package org.sportello.server.offers;

import java.util.List;

/** What an import file held: the entries read whole, and the lines skipped with their reasons. */
public record ImportReport<T>(List<T> accepted, List<LineProblem> problems) {
    public ImportReport {
        accepted = List.copyOf(accepted);
        problems = List.copyOf(problems);
    }
}

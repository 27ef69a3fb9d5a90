package org.sportello.model.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What a service pact states besides the person: the case manager, the DID, the measures, the plan's deadlines. */
public record PactContent(CaseOwner caseManager, LocalDate takenOn, LocalDate didOn, List<Measure> measures,
                          PlanDeadlines plan, ContactPlanRules rules) {
    public PactContent {
        Objects.requireNonNull(caseManager, "caseManager");
        Objects.requireNonNull(didOn, "didOn");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(rules, "rules");
        measures = List.copyOf(measures);
    }
}

package org.sportello.model.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sportello.model.person.EmploymentStatus;

/**
 * Where a case stands on a day (ADR 29): talks done against the plan, the first offer's deadline while no
 * offer was made, and what is overdue or still to come, earliest first. The plan runs only while the
 * person is unemployed (a DID in force, no job since): an employed person or one without a DID has no
 * plan deadlines, only the pact's own measures.
 */
public record CaseStanding(Talks talks, LocalDate firstOfferDue, List<Deadline> overdue, List<Deadline> upcoming) {
    public CaseStanding {
        overdue = List.copyOf(overdue);
        upcoming = List.copyOf(upcoming);
    }

    public static CaseStanding of(ContactPlanRules rules, EmploymentStatus status, LocalDate birthDate,
                                  List<Measure> measures, LocalDate today) {
        Objects.requireNonNull(status, "status");
        List<Deadline> due = new ArrayList<>();
        for (Measure m : measures) {
            if (!m.done()) {
                due.add(Deadline.measure(m));
            }
        }
        Talks talks = Talks.NONE;
        LocalDate offerDue = null;
        if (status.unemployed()) {
            LocalDate did = status.didOn();
            PlanDeadlines plan = ContactPlan.deadlines(rules, did, birthDate);
            int done = (int) measures.stream().filter(m -> m.done() && m.kind().talk() && !m.on().isBefore(did)
                    && !m.on().isAfter(plan.talksBy())).count();
            talks = new Talks(done, rules.talksRequired(), plan.talksBy());
            if (!talks.met()) {
                due.add(new Deadline(plan.talksBy(), DeadlineKind.TALKS, null, null, talks.required() - done));
            }
            // An offer counts once agreed in the pact on or after the DID, done or still to come.
            boolean offered = measures.stream().anyMatch(m -> m.kind().offer() && !m.on().isBefore(did));
            if (!offered) {
                offerDue = plan.firstOfferDue();
                due.add(new Deadline(offerDue, DeadlineKind.FIRST_OFFER, null, null, 0));
            }
        }
        due.sort(Comparator.comparing(Deadline::on).thenComparing(Deadline::what));
        List<Deadline> overdue = due.stream().filter(d -> d.on().isBefore(today)).toList();
        List<Deadline> upcoming = due.stream().filter(d -> !d.on().isBefore(today)).toList();
        return new CaseStanding(talks, offerDue, overdue, upcoming);
    }
}

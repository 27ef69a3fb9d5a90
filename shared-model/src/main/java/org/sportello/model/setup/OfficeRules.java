package org.sportello.model.setup;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sportello.model.cases.ContactPlanRules;
import org.sportello.model.company.DeadlineRule;
import org.sportello.model.person.JobMovement;

/**
 * The rules of an office's case work that differ by region and change by law, kept as office data and
 * written in the office set-up (keys {@code plan.*} and {@code communication.deadline.*}, see
 * {@code demo-office.properties}): the contact plan (seed 003's minimum effort by default) and by when
 * each kind of company communication must reach the office. One deadline per kind: a kind the set-up
 * does not name keeps the shipped default.
 */
public record OfficeRules(ContactPlanRules contactPlan, List<DeadlineRule> deadlines) {
    public static final OfficeRules SHIPPED = new OfficeRules(ContactPlanRules.SHIPPED, List.of());

    public OfficeRules {
        contactPlan = contactPlan == null ? ContactPlanRules.SHIPPED : contactPlan;
        Map<JobMovement.Kind, DeadlineRule> byKind = new EnumMap<>(JobMovement.Kind.class);
        for (JobMovement.Kind kind : JobMovement.Kind.values()) {
            byKind.put(kind, new DeadlineRule(kind, shippedDays(kind)));
        }
        if (deadlines != null) {
            deadlines.forEach(r -> byKind.put(r.kind(), r));
        }
        deadlines = List.copyOf(byKind.values());
    }

    /** A hiring by the day before work starts; a termination, transformation or extension within 5 days. */
    private static int shippedDays(JobMovement.Kind kind) {
        return kind == JobMovement.Kind.HIRING ? -1 : 5;
    }

    public DeadlineRule deadline(JobMovement.Kind kind) {
        return deadlines.stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }
}

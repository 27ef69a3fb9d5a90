package org.sportello.model.cases;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The pure deadline calculator of the contact plan (ADR 29). Months are calendar months as
 * {@link LocalDate#plusMonths} counts them: a DID on 31 August has its 6-month offer due on the last day
 * of February (the 29th in a leap year), never in March. Age is completed years on the DID's day, so a
 * person born on 29 February turns a year older on 1 March in common years.
 */
public final class ContactPlan {
    private ContactPlan() {
    }

    public static PlanDeadlines deadlines(ContactPlanRules rules, LocalDate didOn, LocalDate birthDate) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(didOn, "didOn");
        Objects.requireNonNull(birthDate, "birthDate");
        if (birthDate.isAfter(didOn)) {
            throw new IllegalArgumentException("a DID cannot come before its declarant's birth");
        }
        int age = Period.between(birthDate, didOn).getYears();
        boolean outer = age < rules.youngBelow() || age > rules.olderAbove();
        int months = outer ? rules.firstOfferMonthsOuter() : rules.firstOfferMonthsMiddle();
        return new PlanDeadlines(didOn.plusWeeks(rules.talksWeeks()), age, months, didOn.plusMonths(months));
    }
}

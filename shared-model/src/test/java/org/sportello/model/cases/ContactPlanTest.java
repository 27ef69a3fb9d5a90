package org.sportello.model.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactPlanTest {
    private static final ContactPlanRules SEED_003 = ContactPlanRules.SHIPPED;

    @Test
    void theShippedRulesAreSeed003s() {
        assertThat(SEED_003).isEqualTo(new ContactPlanRules(6, 26, 30, 50, 3, 6));
    }

    @ParameterizedTest(name = "born {0}, DID {1}: age {2}, {3} months, due {4}")
    @CsvSource({
        // The age boundaries, on the DID's day: under 30 and over 50 get 3 months, 30 to 50 get 6.
        "1996-11-25, 2026-11-24, 29, 3, 2027-02-24",
        "1996-11-24, 2026-11-24, 30, 6, 2027-05-24",
        "1976-11-24, 2026-11-24, 50, 6, 2027-05-24",
        "1975-11-25, 2026-11-24, 50, 6, 2027-05-24",
        "1975-11-24, 2026-11-24, 51, 3, 2027-02-24",
        // Month ends: the due day is clamped to the shorter month's last day, leap years included.
        "1990-01-01, 2026-08-31, 36, 6, 2027-02-28",
        "1990-01-01, 2027-08-31, 37, 6, 2028-02-29",
        "2000-01-01, 2026-11-30, 26, 3, 2027-02-28",
        "2000-01-01, 2027-11-30, 27, 3, 2028-02-29",
        "2000-01-01, 2028-02-29, 28, 3, 2028-05-29",
        "1990-01-01, 2026-03-31, 36, 6, 2026-09-30",
        // Born on 29 February: 30 only on 1 March in a common year.
        "1996-02-29, 2026-02-28, 29, 3, 2026-05-28",
        "1996-02-29, 2026-03-01, 30, 6, 2026-09-01",
    })
    void theFirstOfferIsDueByAge(LocalDate born, LocalDate did, int age, int months, LocalDate due) {
        PlanDeadlines d = ContactPlan.deadlines(SEED_003, did, born);
        assertThat(d.ageOnDid()).isEqualTo(age);
        assertThat(d.firstOfferMonths()).isEqualTo(months);
        assertThat(d.firstOfferDue()).isEqualTo(due);
    }

    @Test
    void theTalksAreDue26WeeksAfterTheDidAcrossALeapDay() {
        assertThat(ContactPlan.deadlines(SEED_003, LocalDate.of(2027, 12, 31), LocalDate.of(1990, 1, 1)).talksBy())
                .isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(ContactPlan.deadlines(SEED_003, LocalDate.of(2026, 11, 24), LocalDate.of(1990, 1, 1)).talksBy())
                .isEqualTo(LocalDate.of(2027, 5, 25));
    }

    @Test
    void anOfficesOwnRulesMoveTheBoundaries() {
        ContactPlanRules region = new ContactPlanRules(4, 13, 25, 55, 2, 4);
        PlanDeadlines d = ContactPlan.deadlines(region, LocalDate.of(2026, 1, 31), LocalDate.of(2001, 6, 1));
        assertThat(d.firstOfferMonths()).isEqualTo(2);
        assertThat(d.firstOfferDue()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(d.talksBy()).isEqualTo(LocalDate.of(2026, 5, 2));
    }

    @Test
    void impossibleInputIsRefused() {
        assertThatThrownBy(() -> ContactPlan.deadlines(SEED_003, LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContactPlanRules(6, 0, 30, 50, 3, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContactPlanRules(6, 26, 50, 30, 3, 6)).isInstanceOf(IllegalArgumentException.class);
    }
}

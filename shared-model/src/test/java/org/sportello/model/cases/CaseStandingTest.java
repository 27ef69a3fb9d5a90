package org.sportello.model.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sportello.model.person.EmploymentStatus;

class CaseStandingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate BORN = LocalDate.of(1985, 12, 10);
    private static final LocalDate DID = LocalDate.of(2026, 9, 1);
    private static final EmploymentStatus UNEMPLOYED = new EmploymentStatus(EmploymentStatus.State.UNEMPLOYED, DID, DID);

    private static Measure measure(MeasureKind kind, LocalDate on, boolean done) {
        return new Measure(UUID.randomUUID(), kind, on, Party.CASE_MANAGER, "", done);
    }

    @Test
    void anUnemployedCaseCountsTalksAndWaitsForTheFirstOffer() {
        Measure missed = measure(MeasureKind.JOB_TALK, LocalDate.of(2026, 11, 2), false);
        CaseStanding s = CaseStanding.of(ContactPlanRules.SHIPPED, UNEMPLOYED, BORN, List.of(
                measure(MeasureKind.ORIENTATION_INTERVIEW, LocalDate.of(2026, 9, 8), true),
                measure(MeasureKind.JOB_TALK, LocalDate.of(2026, 10, 6), true),
                measure(MeasureKind.JOB_TALK, LocalDate.of(2026, 8, 6), true), // before the DID: not this plan's
                missed,
                measure(MeasureKind.JOB_SEARCH_ACTION, LocalDate.of(2026, 12, 1), false)), TODAY);
        assertThat(s.talks()).isEqualTo(new Talks(2, 6, LocalDate.of(2027, 3, 2)));
        // Aged 40 on the DID's day: six months.
        assertThat(s.firstOfferDue()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(s.overdue()).extracting(Deadline::measureId).containsExactly(missed.id());
        assertThat(s.upcoming()).extracting(Deadline::what)
                .containsExactly(DeadlineKind.MEASURE, DeadlineKind.FIRST_OFFER, DeadlineKind.TALKS);
        assertThat(s.upcoming().getLast().missing()).isEqualTo(4);
    }

    @Test
    void anOfferAgreedMeetsTheDeadlineAndPastDeadlinesAreOverdue() {
        LocalDate later = LocalDate.of(2027, 9, 1);
        CaseStanding s = CaseStanding.of(ContactPlanRules.SHIPPED, UNEMPLOYED, BORN,
                List.of(measure(MeasureKind.TRAINING_REFERRAL, LocalDate.of(2026, 10, 1), true)), later);
        assertThat(s.firstOfferDue()).isNull();
        assertThat(s.overdue()).extracting(Deadline::what).containsExactly(DeadlineKind.TALKS);
        CaseStanding none = CaseStanding.of(ContactPlanRules.SHIPPED, UNEMPLOYED, BORN, List.of(), later);
        assertThat(none.overdue()).extracting(Deadline::what).containsExactly(DeadlineKind.FIRST_OFFER, DeadlineKind.TALKS);
    }

    @Test
    void withoutUnemploymentThereIsNoPlanOnlyThePactsMeasures() {
        EmploymentStatus noDid = new EmploymentStatus(EmploymentStatus.State.NO_DID, LocalDate.of(2024, 1, 1), null);
        Measure open = measure(MeasureKind.WORKSHOP, LocalDate.of(2026, 11, 20), false);
        CaseStanding s = CaseStanding.of(ContactPlanRules.SHIPPED, noDid, BORN, List.of(open), TODAY);
        assertThat(s.talks()).isEqualTo(Talks.NONE);
        assertThat(s.firstOfferDue()).isNull();
        assertThat(s.overdue()).extracting(Deadline::measureId).containsExactly(open.id());
        assertThat(s.upcoming()).isEmpty();
    }

    @Test
    void theCaseloadBucketsEndOnSunday() {
        LocalDate tuesday = LocalDate.of(2026, 11, 24);
        assertThat(Caseload.bucket(tuesday.minusDays(1), tuesday)).isEqualTo(CaseloadEntry.Bucket.OVERDUE);
        assertThat(Caseload.bucket(tuesday, tuesday)).isEqualTo(CaseloadEntry.Bucket.THIS_WEEK);
        assertThat(Caseload.bucket(LocalDate.of(2026, 11, 29), tuesday)).isEqualTo(CaseloadEntry.Bucket.THIS_WEEK);
        assertThat(Caseload.bucket(LocalDate.of(2026, 11, 30), tuesday)).isEqualTo(CaseloadEntry.Bucket.LATER);
    }
}

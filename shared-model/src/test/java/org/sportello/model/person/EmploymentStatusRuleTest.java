package org.sportello.model.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sportello.codicefiscale.CodiceFiscale;

class EmploymentStatusRuleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Person ANNA = new Person(CodiceFiscale.of("RSSMRA85T10A944" + CodiceFiscale.checkCharacter(
            "RSSMRA85T10A944"), TODAY), "Rossi", "Mario", "Bologna");
    private static final LocalDate REGISTERED = LocalDate.of(2024, 3, 1);

    private static PersonFile file(List<AvailabilityDeclaration> dids, JobMovement... moves) {
        return new PersonFile(ANNA, REGISTERED, dids, List.of(moves));
    }

    private static JobMovement move(JobMovement.Kind kind, LocalDate on) {
        return new JobMovement(kind, on, "01234567897", "Officine Felsinee S.r.l.", "Tempo determinato", "Magazziniere");
    }

    @Test
    void registeredWithoutDidAndWithoutMovementsIsNotUnemployed() {
        EmploymentStatus s = EmploymentStatusRule.on(file(List.of()), TODAY);
        assertThat(s.state()).isEqualTo(EmploymentStatus.State.NO_DID);
        assertThat(s.since()).isEqualTo(REGISTERED);
        assertThat(s.unemployed()).isFalse();
    }

    @Test
    void aTerminationWithoutDidIsNotUnemploymentEither() {
        EmploymentStatus s = EmploymentStatusRule.on(file(List.of(),
                move(JobMovement.Kind.HIRING, LocalDate.of(2025, 1, 10)),
                move(JobMovement.Kind.TERMINATION, LocalDate.of(2026, 4, 30))), TODAY);
        assertThat(s.state()).isEqualTo(EmploymentStatus.State.NO_DID);
        assertThat(s.since()).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void aDidInForceWithNoJobSinceIsUnemploymentFromTheDid() {
        LocalDate did = LocalDate.of(2026, 5, 4);
        EmploymentStatus s = EmploymentStatusRule.on(file(List.of(new AvailabilityDeclaration(did, null)),
                move(JobMovement.Kind.HIRING, LocalDate.of(2025, 1, 10)),
                move(JobMovement.Kind.TERMINATION, LocalDate.of(2026, 4, 30))), TODAY);
        assertThat(s.state()).isEqualTo(EmploymentStatus.State.UNEMPLOYED);
        assertThat(s.since()).isEqualTo(did);
        assertThat(s.didOn()).isEqualTo(did);
    }

    @Test
    void aTerminationOnTheDidsDayDoesNotContradictIt() {
        LocalDate day = LocalDate.of(2026, 6, 1);
        EmploymentStatus s = EmploymentStatusRule.on(file(List.of(new AvailabilityDeclaration(day, null)),
                move(JobMovement.Kind.HIRING, LocalDate.of(2025, 1, 10)), move(JobMovement.Kind.TERMINATION, day)), TODAY);
        assertThat(s.state()).isEqualTo(EmploymentStatus.State.UNEMPLOYED);
    }

    @Test
    void aJobInProgressIsEmploymentWhateverTheDid() {
        EmploymentStatus s = EmploymentStatusRule.on(file(List.of(new AvailabilityDeclaration(
                LocalDate.of(2026, 1, 5), null)),
                move(JobMovement.Kind.HIRING, LocalDate.of(2026, 3, 2)),
                move(JobMovement.Kind.EXTENSION, LocalDate.of(2026, 9, 1))), TODAY);
        assertThat(s.state()).isEqualTo(EmploymentStatus.State.EMPLOYED);
        assertThat(s.since()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void aJobSinceTheDidEndsUnemploymentEvenAfterItEnded() {
        LocalDate did = LocalDate.of(2026, 1, 5);
        EmploymentStatus s = EmploymentStatusRule.on(file(List.of(new AvailabilityDeclaration(did, null)),
                move(JobMovement.Kind.HIRING, LocalDate.of(2026, 3, 2)),
                move(JobMovement.Kind.TERMINATION, LocalDate.of(2026, 8, 31))), TODAY);
        assertThat(s.state()).isEqualTo(EmploymentStatus.State.DID_LAPSED);
        assertThat(s.since()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(s.unemployed()).isFalse();
    }

    @Test
    void aWithdrawnDidCountsNoMoreAndAFutureMovementNotYet() {
        LocalDate did = LocalDate.of(2026, 1, 5);
        assertThat(EmploymentStatusRule.on(file(List.of(new AvailabilityDeclaration(did, LocalDate.of(2026, 6, 1)))),
                TODAY).state()).isEqualTo(EmploymentStatus.State.NO_DID);
        assertThat(EmploymentStatusRule.on(file(List.of(new AvailabilityDeclaration(did, null)),
                move(JobMovement.Kind.HIRING, TODAY.plusDays(1))), TODAY).state())
                .isEqualTo(EmploymentStatus.State.UNEMPLOYED);
    }
}

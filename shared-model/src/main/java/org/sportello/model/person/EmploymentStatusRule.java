package org.sportello.model.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The one place that says whether a person is unemployed (ADR 29). By D.Lgs. 150/2015 (art. 19) and seeds
 * 000/001 a person is unemployed only with a declaration of immediate availability (DID) on file; a job
 * movement since the DID that contradicts it (a hiring, transformation or extension on or after the DID's
 * day) ends that state until a new DID. A job in progress is employment whatever the DIDs say. Pure: the
 * register's file in, the status out.
 */
public final class EmploymentStatusRule {
    private EmploymentStatusRule() {
    }

    public static EmploymentStatus on(PersonFile file, LocalDate day) {
        List<JobMovement> moves = file.movementsUntil(day);
        Optional<AvailabilityDeclaration> did = file.availabilityOn(day);
        LocalDate didOn = did.map(AvailabilityDeclaration::declaredOn).orElse(null);
        if (!moves.isEmpty() && moves.getLast().kind() != JobMovement.Kind.TERMINATION) {
            // Extensions and transformations continue the job the latest hiring started.
            LocalDate since = moves.reversed().stream().filter(m -> m.kind() == JobMovement.Kind.HIRING).findFirst()
                    .orElse(moves.getLast()).effectiveOn();
            return new EmploymentStatus(EmploymentStatus.State.EMPLOYED, since, didOn);
        }
        if (didOn == null) {
            LocalDate since = moves.isEmpty() ? file.registeredOn() : moves.getLast().effectiveOn();
            return new EmploymentStatus(EmploymentStatus.State.NO_DID, since, null);
        }
        Optional<JobMovement> contradiction = moves.stream()
                .filter(m -> m.kind() != JobMovement.Kind.TERMINATION && !m.effectiveOn().isBefore(didOn))
                .findFirst();
        if (contradiction.isPresent()) {
            return new EmploymentStatus(EmploymentStatus.State.DID_LAPSED, contradiction.get().effectiveOn(), didOn);
        }
        return new EmploymentStatus(EmploymentStatus.State.UNEMPLOYED, didOn, didOn);
    }
}

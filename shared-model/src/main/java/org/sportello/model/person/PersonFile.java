package org.sportello.model.person;

import org.sportello.codicefiscale.CodiceFiscale;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the office holds about a person that a certificate prints: the person, the day they were
 * registered with the employment service (null while only known), their availability declarations
 * and job movements, both oldest first.
 */
public record PersonFile(Person person, LocalDate registeredOn, List<AvailabilityDeclaration> declarations,
                         List<JobMovement> movements) {
    public PersonFile {
        Objects.requireNonNull(person, "person");
        declarations = declarations.stream().sorted(Comparator.comparing(AvailabilityDeclaration::declaredOn)).toList();
        movements = movements.stream().sorted(Comparator.comparing(JobMovement::effectiveOn)).toList();
    }

    public CodiceFiscale codiceFiscale() {
        return person.codiceFiscale();
    }

    public Optional<LocalDate> registration() {
        return Optional.ofNullable(registeredOn);
    }

    /** The declaration in force on {@code day}, the latest if (by a data mistake) several are. */
    public Optional<AvailabilityDeclaration> availabilityOn(LocalDate day) {
        return declarations.reversed().stream().filter(d -> d.inForceOn(day)).findFirst();
    }

    /** The movements that had happened by {@code day}. */
    public List<JobMovement> movementsUntil(LocalDate day) {
        return movements.stream().filter(m -> !m.effectiveOn().isAfter(day)).toList();
    }
}

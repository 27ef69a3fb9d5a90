package org.sportello.model.profile;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A citizen's file ("scheda anagrafica e professionale") as one value: the codice fiscale (canonical)
 * that identifies it, the birth date it encodes, the version it was read at, and its two parts.
 * An edit is a new value with the same version: the office saves it only if its stored file is still
 * at that version (optimistic locking), and otherwise answers both.
 */
public record CitizenProfile(String codiceFiscale, LocalDate birthDate, long version, Personal personal,
                             Professional professional) {
    public CitizenProfile {
        Objects.requireNonNull(codiceFiscale, "codiceFiscale");
        Objects.requireNonNull(personal, "personal");
        professional = Objects.requireNonNullElse(professional, Professional.EMPTY);
    }

    public CitizenProfile with(Personal p) {
        return new CitizenProfile(codiceFiscale, birthDate, version, p, professional);
    }

    public CitizenProfile with(Professional p) {
        return new CitizenProfile(codiceFiscale, birthDate, version, personal, p);
    }

    /** "ROSSI Mario", as the office writes names. */
    public String fullName() {
        String family = personal.familyName() == null ? "" : personal.familyName().toUpperCase(java.util.Locale.ITALIAN);
        return (family + " " + Objects.requireNonNullElse(personal.givenNames(), "")).strip();
    }

    /** The parts in which {@code other} differs from this file: what a change touched. */
    public Set<ProfilePart> partsChangedIn(CitizenProfile other) {
        Set<ProfilePart> parts = EnumSet.noneOf(ProfilePart.class);
        Professional a = professional;
        Professional b = other.professional;
        if (!personal.equals(other.personal)) {
            parts.add(ProfilePart.PERSONAL);
        }
        if (!a.education().equals(b.education())) {
            parts.add(ProfilePart.EDUCATION);
        }
        if (!a.experience().equals(b.experience())) {
            parts.add(ProfilePart.EXPERIENCE);
        }
        if (!a.skills().equals(b.skills())) {
            parts.add(ProfilePart.SKILLS);
        }
        if (!a.languages().equals(b.languages())) {
            parts.add(ProfilePart.LANGUAGES);
        }
        if (!a.licences().equals(b.licences())) {
            parts.add(ProfilePart.LICENCES);
        }
        if (!a.availability().equals(b.availability())) {
            parts.add(ProfilePart.AVAILABILITY);
        }
        return parts;
    }
}

package org.sportello.model.person;

import org.sportello.codicefiscale.Sex;

import org.sportello.codicefiscale.CodiceFiscale;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person as certificates print them. Birth date and sex come from the validated codice fiscale,
 * so they cannot disagree with it; the place name is what the registry office wrote (the code only
 * gives the Belfiore code).
 */
public record Person(CodiceFiscale codiceFiscale, String familyName, String givenNames, String birthPlaceName) {
    public Person {
        Objects.requireNonNull(codiceFiscale, "codiceFiscale");
        familyName = required(familyName, "family name");
        givenNames = required(givenNames, "given names");
        birthPlaceName = birthPlaceName == null || birthPlaceName.isBlank() ? null : birthPlaceName.strip();
    }

    public LocalDate birthDate() {
        return codiceFiscale.birthDate();
    }

    public Sex sex() {
        return codiceFiscale.sex();
    }

    /** "ROSSI Mario": family name first and in capitals, as Italian offices write it. */
    public String fullName() {
        return familyName.toUpperCase(java.util.Locale.ITALIAN) + " " + givenNames;
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a person needs a " + what);
        }
        return value.strip();
    }
}

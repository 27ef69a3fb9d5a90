package org.sportello.model.profile;

import java.util.Objects;

/**
 * The personal part of a citizen's file. The birth date and sex are not here: the codice fiscale
 * says them and the file shows them from it. Citizenship is a country name as the person states it.
 */
public record Personal(String familyName, String givenNames, String birthPlace, String citizenship,
                       Address residence, Address domicile, String phone, String email) {
    public Personal {
        familyName = Texts.clean(familyName);
        givenNames = Texts.clean(givenNames);
        birthPlace = Texts.clean(birthPlace);
        citizenship = Texts.clean(citizenship);
        residence = Objects.requireNonNullElse(residence, Address.NONE);
        domicile = Objects.requireNonNullElse(domicile, Address.NONE);
        phone = Texts.clean(phone);
        email = Texts.clean(email);
    }

    /** Where the person lives: the domicile when given, else the residence (the usual case, both the same). */
    public Address livesAt() {
        return domicile.municipality() != null ? domicile : residence;
    }

    public Personal withPhone(String p) {
        return new Personal(familyName, givenNames, birthPlace, citizenship, residence, domicile, p, email);
    }

    public Personal withEmail(String e) {
        return new Personal(familyName, givenNames, birthPlace, citizenship, residence, domicile, phone, e);
    }
}

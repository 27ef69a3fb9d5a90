package org.sportello.codicefiscale;

/** Sex as encoded in the codice fiscale: women have 40 added to the day of birth. */
public enum Sex {
    MALE,
    FEMALE
}

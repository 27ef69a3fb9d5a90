package org.sportello.model.cases;

/** Who carries out a measure of the pact. */
public enum Party {
    CITIZEN,
    CASE_MANAGER,
    OFFICE
}

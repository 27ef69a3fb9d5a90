package org.sportello.model.office;

/** The two macro-areas of an employment office (DOMAIN.md). */
public enum Area {
    PERSONS,
    COMPANIES
}

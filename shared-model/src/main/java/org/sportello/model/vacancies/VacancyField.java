package org.sportello.model.vacancies;

/** A part of a vacancy the desk's form must fill in, in the form's order. */
public enum VacancyField {
    EMPLOYER_CODE, EMPLOYER_NAME, TITLE, OCCUPATION, MUNICIPALITY, CONTRACT, HOURS, POSITIONS, DATES
}

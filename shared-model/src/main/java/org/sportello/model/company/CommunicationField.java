package org.sportello.model.company;

/** The fields of a company communication, as the completeness check names what is missing or wrong. */
public enum CommunicationField {
    EMPLOYER_CODE,
    EMPLOYER_NAME,
    WORKER_CODE,
    WORKER_NAME,
    EVENT_DATE,
    END_DATE,
    CONTRACT_TYPE,
    OCCUPATION,
    PAGES
}

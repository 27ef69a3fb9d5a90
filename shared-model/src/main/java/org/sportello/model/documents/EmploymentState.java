package org.sportello.model.documents;

/** The state an employment status certificate attests. */
public enum EmploymentState {
    UNEMPLOYED,
    EMPLOYED
}

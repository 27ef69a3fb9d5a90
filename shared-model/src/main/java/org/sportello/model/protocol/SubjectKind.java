package org.sportello.model.protocol;

public enum SubjectKind {
    PERSON,
    COMPANY
}

package org.sportello.model.profile;

/** The parts of a citizen's file, as the access log names what was read or changed. */
public enum ProfilePart {
    ALL, PERSONAL, EDUCATION, EXPERIENCE, SKILLS, LANGUAGES, LICENCES, AVAILABILITY
}

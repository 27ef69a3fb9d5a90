package org.sportello.model.profile;

import java.util.Objects;

/** One title obtained: what, in which field, where and in which year (may be unknown). */
public record Education(EducationTitle title, String field, String institution, Integer year) {
    public Education {
        Objects.requireNonNull(title, "title");
        field = Texts.clean(field);
        institution = Texts.clean(institution);
    }
}

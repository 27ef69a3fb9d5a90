package org.sportello.model.profile;

import java.util.Locale;
import java.util.Objects;

/** One ISCO-08 group: its code and its titles in English (the ILO's) and Italian. */
public record Occupation(String code, String titleEn, String titleIt) {
    public Occupation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(titleIt, "titleIt");
    }

    public String title(Locale locale) {
        return "it".equals(locale.getLanguage()) ? titleIt : titleEn;
    }

    /** "432 · Material-recording and transport clerks". */
    public String label(Locale locale) {
        return code + " · " + title(locale);
    }
}

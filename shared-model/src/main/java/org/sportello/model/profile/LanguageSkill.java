package org.sportello.model.profile;

import java.util.Objects;

/** A language other than the mother tongue, at a CEFR level. */
public record LanguageSkill(String language, CefrLevel level) {
    public LanguageSkill {
        language = Texts.clean(language);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(level, "level");
    }
}

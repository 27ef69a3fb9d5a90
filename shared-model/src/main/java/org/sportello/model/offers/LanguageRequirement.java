package org.sportello.model.offers;

import java.util.Locale;
import java.util.Objects;
import org.sportello.model.profile.CefrLevel;

/** A language an offer asks for (ISO 639-1 code, lower case) at least at a CEFR level. */
public record LanguageRequirement(String code, CefrLevel level) {
    public LanguageRequirement {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        code = code.strip().toLowerCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new IllegalArgumentException("language code is empty");
        }
    }
}

package org.sportello.model.offers;

import java.util.List;
import java.util.Objects;

/**
 * One line of a fit's explanation: which requirement ({@link Aspect}), whether the candidate meets it,
 * and the values that make it so, as arguments for the localized sentence (e.g. {@code ["B2", "B1"]}
 * for a language asked at B2 and known at B1). Views turn it into words with their bundle; the model
 * holds no text.
 */
public record FitReason(Aspect aspect, boolean met, List<String> args) {
    public enum Aspect { OCCUPATION, EXPERIENCE, EDUCATION, SKILL, LANGUAGE, LICENCE, HOURS, DISTANCE }

    public FitReason {
        Objects.requireNonNull(aspect, "aspect");
        args = args == null ? List.of() : List.copyOf(args);
    }
}

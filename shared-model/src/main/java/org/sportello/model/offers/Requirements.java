package org.sportello.model.offers;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sportello.model.profile.DrivingLicence;

/**
 * What an offer asks of a candidate. {@code minIsced} is the minimum ISCED 2011 level of education,
 * -1 when none is asked; {@code yearsExperience} counts years in the offer's occupation (ISCO-08).
 */
public record Requirements(int minIsced, int yearsExperience, List<String> skills,
                           List<LanguageRequirement> languages, Set<DrivingLicence> licences) {
    public static final Requirements NONE = new Requirements(-1, 0, List.of(), List.of(), Set.of());

    public Requirements {
        if (minIsced < -1 || minIsced > 8) {
            throw new IllegalArgumentException("ISCED level must be 0 to 8 (or -1 for none)");
        }
        if (yearsExperience < 0 || yearsExperience > 60) {
            throw new IllegalArgumentException("years of experience must be 0 to 60");
        }
        skills = skills == null ? List.of() : skills.stream().filter(Objects::nonNull).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
        languages = languages == null ? List.of() : List.copyOf(languages);
        licences = licences == null || licences.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(licences));
    }
}

package org.sportello.model.profile;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The professional part of a citizen's file. */
public record Professional(List<Education> education, List<Experience> experience, List<String> skills,
                           List<LanguageSkill> languages, Set<DrivingLicence> licences, Availability availability) {
    public static final Professional EMPTY = new Professional(List.of(), List.of(), List.of(), List.of(), Set.of(),
            Availability.UNSAID);

    public Professional {
        education = List.copyOf(Texts.list(education));
        experience = List.copyOf(Texts.list(experience));
        skills = Texts.list(skills).stream().map(Texts::clean).filter(Objects::nonNull).distinct().toList();
        languages = List.copyOf(Texts.list(languages));
        licences = licences == null || licences.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(licences));
        availability = Objects.requireNonNullElse(availability, Availability.UNSAID);
    }

    /** The highest ISCED level among the titles, or -1 with none. */
    public int highestIsced() {
        return education.stream().mapToInt(e -> e.title().isced()).max().orElse(-1);
    }
}

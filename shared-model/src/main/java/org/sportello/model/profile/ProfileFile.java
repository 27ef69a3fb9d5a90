package org.sportello.model.profile;

import java.util.Objects;

/**
 * A citizen's file as the desk opens it: the profile, whether this office is competent for them, and
 * whether this office may change the file (it owns the dossier; a moved or pulled copy is read-only).
 */
public record ProfileFile(CitizenProfile profile, Competence competence, boolean editable, String ownerCode) {
    public ProfileFile {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(competence, "competence");
    }
}

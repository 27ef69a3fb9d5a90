package org.sportello.model.profile;

import java.util.Objects;

/**
 * What saving a file answers: saved (the file as now stored, at its new version), or a conflict: the
 * file changed since the desk read it, and nothing was written. The conflict carries both the desk's
 * edit and the stored file, so the operator sees both and decides; nothing is overwritten silently.
 */
public sealed interface SaveOutcome {
    record Saved(ProfileFile file) implements SaveOutcome {
        public Saved {
            Objects.requireNonNull(file, "file");
        }
    }

    record Conflict(CitizenProfile yours, CitizenProfile stored) implements SaveOutcome {
        public Conflict {
            Objects.requireNonNull(yours, "yours");
            Objects.requireNonNull(stored, "stored");
        }
    }
}

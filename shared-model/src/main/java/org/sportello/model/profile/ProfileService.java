package org.sportello.model.profile;

import java.util.List;
import java.util.Optional;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;

/**
 * Citizens' files at the desk. Operators only; every open and every change is written to the file's
 * access log (who, when, which part) by the office.
 */
public interface ProfileService {
    /** The file of the person with this code (any omocodia spelling); empty when the office has none. */
    Optional<ProfileFile> open(OperatorSession session, CodiceFiscale code);

    /**
     * People whose codice fiscale starts with, or whose names contain, {@code text} (at least 2
     * characters); at most {@code limit}, by family name.
     */
    List<PersonMatch> search(OperatorSession session, String text, int limit);

    /**
     * Saves {@code edited}, which carries the version it was read at. A file not in the office yet is
     * created when {@code edited.version()} is 0.
     */
    SaveOutcome save(OperatorSession session, CitizenProfile edited);
}

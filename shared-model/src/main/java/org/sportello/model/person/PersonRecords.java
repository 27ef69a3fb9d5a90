package org.sportello.model.person;

import org.sportello.codicefiscale.CodiceFiscale;

import java.util.Optional;
import org.sportello.model.auth.OperatorSession;

/**
 * The office's person data, read for documents. Operators only: a codice fiscale typed at a desk
 * must not turn into a name for anyone who is not logged in as one.
 */
public interface PersonRecords {
    /** The person's file in this office, by any spelling (omocodia variant) of the code. */
    Optional<PersonFile> find(OperatorSession session, CodiceFiscale code);

    /**
     * A company's name as its own mandatory communications wrote it (the latest one), for a company
     * tax code (partita IVA, or the owner's codice fiscale); empty when no communication names it.
     */
    Optional<String> companyName(OperatorSession session, String taxCode);
}

package org.sportello.model.vacancies;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.documents.IssuedPaper;
import org.sportello.model.offers.JobOffer;

/**
 * Vacancies at the desk (service D), operators only: record and change them (each open one is in the
 * catalogue), find and rank candidates, log contacts, print the company's shortlist, close them.
 */
public interface VacancyService {
    /** What is missing or not valid; empty when the vacancy can be recorded. */
    List<VacancyField> check(OperatorSession session, Vacancy vacancy);

    /**
     * Records a new vacancy (null id) or changes an open one (its id and the version it was read at); it is put
     * in the catalogue. Refused VACANCY_INCOMPLETE with the fields, VACANCY_CHANGED when another desk changed it.
     */
    Vacancy save(OperatorSession session, Vacancy vacancy);

    /** Open ones first (by expiry), then closed ones when asked, newest first. */
    List<Vacancy> list(OperatorSession session, boolean withClosed);

    Optional<Vacancy> find(OperatorSession session, UUID id);

    /** This office's citizens with a DID in force, ranked by fit (best first), at most {@code limit}. */
    List<Candidate> candidates(OperatorSession session, UUID vacancy, int limit);

    Contact logContact(OperatorSession session, UUID vacancy, String codiceFiscale, ContactOutcome outcome,
                       boolean shareContact, String note);

    /** Every contact logged for the vacancy, oldest first. */
    List<Contact> contacts(OperatorSession session, UUID vacancy);

    /**
     * The sealed shortlist for the company (a registered, archived paper): the chosen candidates, each of whom
     * must have agreed (their latest contact {@link ContactOutcome#agreed()}); refused SHORTLIST_NOT_AGREED.
     */
    IssuedPaper shortlist(OperatorSession session, UUID vacancy, List<String> codiciFiscali, Locale locale);

    /** Closes the vacancy with its outcome and withdraws it from the catalogue. */
    Vacancy close(OperatorSession session, UUID vacancy, Vacancy.Outcome outcome);

    /**
     * The offers the citizen chose at the self-service terminal and took to this ticket ("Porta allo sportello",
     * issue 12), in the order chosen; those withdrawn since are left out. UNKNOWN_TICKET for a ticket not of this
     * office. What the desk that calls the ticket shows beside it.
     */
    List<JobOffer> offersOnTicket(OperatorSession session, UUID ticket);
}

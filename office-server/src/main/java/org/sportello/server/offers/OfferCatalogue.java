package org.sportello.server.offers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sportello.model.offers.JobOffer;

/**
 * The office's job-offer catalogue as the rest of the server sees it: vacancies recorded at the desk and
 * offers reached through central are put here (and withdrawn when closed or expired early); matching
 * reads the open ones. The search index follows the catalogue, never the other way round.
 */
public interface OfferCatalogue {
    /** Adds or replaces the offer with this id, in the database and the search index. */
    void put(JobOffer offer);

    /** Removes the offer from the catalogue (a closed vacancy); unknown ids are ignored. */
    void withdraw(String id);

    Optional<JobOffer> find(String id);

    /** Every offer open on {@code day} (published, not expired). */
    List<JobOffer> openOn(LocalDate day);
}

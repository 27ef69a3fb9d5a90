package org.sportello.model.offers;

import java.time.LocalDate;
import java.util.List;

/**
 * What the self-consultation terminal needs from the office's offer catalogue (the {@code Offers}
 * service of the office protocol). Every call may block and may fail with
 * {@link org.sportello.model.common.SportelloException} ({@code OFFICE_UNAVAILABLE} while the office is
 * away), so the ViewModels call it off the UI thread.
 */
public interface OfferSearch {
    OfferResults search(OfferQuery query);

    /** One offer's page; {@code OFFER_NOT_FOUND}-like refusals come as a SportelloException. */
    JobOffer get(String offerId);

    /** Courses and workshops from {@code from} to {@code to}, both included; {@code what} may be empty. */
    List<Course> courses(LocalDate from, LocalDate to, String what);

    /** The card shown at the terminal: first name and the fit of the given offers (empty: the best ones). */
    CardFit cardFit(String taxCode, List<String> offerIds, int limit);

    /** Takes the chosen offers to the citizen's ticket of today. */
    AttachOutcome attach(String taxCode, List<String> offerIds);
}

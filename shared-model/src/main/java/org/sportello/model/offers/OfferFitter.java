package org.sportello.model.offers;

import org.sportello.model.profile.CitizenProfile;

/**
 * The one engine that scores a citizen against an offer, used by the desk's vacancy matching, by
 * {@code sportello offers match} and by the self-consultation terminal, so all three agree.
 * {@code home} is where the citizen lives (coordinates from the office's places file), null when unknown.
 */
public interface OfferFitter {
    Fit fit(CitizenProfile citizen, Workplace home, JobOffer offer);
}

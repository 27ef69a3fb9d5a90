package org.sportello.model.offers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.sportello.model.profile.CitizenProfile;

/**
 * The one engine that scores a citizen against an offer, used by the desk's vacancy matching, by
 * {@code sportello offers match} and by the self-consultation terminal, so all three agree.
 * {@code home} is where the citizen lives (coordinates from the office's places file), null when unknown.
 */
public interface OfferFitter {
    Fit fit(CitizenProfile citizen, Workplace home, JobOffer offer);

    /**
     * The {@code limit} best-fitting of {@code offers}, best first (ties: the newest published, then the
     * smaller id), each explained. This default explains every offer; an engine that can score without
     * building reasons overrides it, since matching a citizen runs over every open offer of the day.
     */
    default List<ProfileFit.Ranked> rank(CitizenProfile citizen, Workplace home, Collection<JobOffer> offers,
                                         int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<ProfileFit.Ranked> all = new ArrayList<>(offers.size());
        for (JobOffer o : offers) {
            all.add(new ProfileFit.Ranked(o, fit(citizen, home, o)));
        }
        all.sort(BEST_FIRST);
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }

    /** The order of {@link #rank}: higher score, then newer, then smaller id. */
    Comparator<ProfileFit.Ranked> BEST_FIRST = Comparator
            .comparingInt((ProfileFit.Ranked r) -> r.fit().score()).reversed()
            .thenComparing((ProfileFit.Ranked r) -> r.offer().published(), Comparator.reverseOrder())
            .thenComparing(r -> r.offer().id());
}

package org.sportello.server.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sportello.model.offers.Fit;
import org.sportello.model.offers.FitReason;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.OfferFitter;
import org.sportello.model.offers.Workplace;
import org.sportello.model.profile.CitizenProfile;
import org.sportello.server.offers.GeoDistance;

/**
 * The offers benchmark's fit engine while the desk's real one (issue 12's vacancy work) is not installed:
 * skills in common and the distance from home, about the work a real engine does per offer. Its figures
 * say what the catalogue and the protocol cost around an engine, not what the engine costs.
 */
final class StandInFitter implements OfferFitter {
    @Override
    public Fit fit(CitizenProfile citizen, Workplace home, JobOffer offer) {
        Set<String> has = new HashSet<>();
        for (String s : citizen.professional().skills()) {
            has.add(s.toLowerCase(Locale.ROOT));
        }
        List<FitReason> reasons = new ArrayList<>();
        int met = 0;
        for (String skill : offer.requirements().skills()) {
            boolean ok = has.contains(skill.toLowerCase(Locale.ROOT));
            met += ok ? 1 : 0;
            reasons.add(new FitReason(FitReason.Aspect.SKILL, ok, List.of(skill)));
        }
        int score = offer.requirements().skills().isEmpty() ? 50 : 100 * met / offer.requirements().skills().size();
        if (home != null && offer.workplace().located()) {
            double km = GeoDistance.km(home.lat(), home.lon(), offer.workplace().lat(), offer.workplace().lon());
            reasons.add(new FitReason(FitReason.Aspect.DISTANCE, km <= 30, List.of(String.valueOf(Math.round(km)))));
            score = km <= 30 ? score : score / 2;
        }
        return new Fit(score, reasons);
    }

    @Override
    public String toString() {
        return "the benchmark's stand-in (skills in common, distance)";
    }
}

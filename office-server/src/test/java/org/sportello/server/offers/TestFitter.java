package org.sportello.server.offers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sportello.model.offers.Fit;
import org.sportello.model.offers.FitReason;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.OfferFitter;
import org.sportello.model.offers.Workplace;
import org.sportello.model.profile.CitizenProfile;

/**
 * The tests' fit engine (the desk's real one is issue 12's vacancy work): the share of the offer's skills
 * the citizen has, one SKILL reason each. Leaky on purpose: its DISTANCE and OCCUPATION reasons carry the
 * citizen's home municipality and family name, which the server must never let reach a terminal.
 */
public final class TestFitter implements OfferFitter {
    @Override
    public Fit fit(CitizenProfile citizen, Workplace home, JobOffer offer) {
        List<String> has = citizen.professional().skills().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        List<FitReason> reasons = new ArrayList<>();
        int met = 0;
        for (String skill : offer.requirements().skills()) {
            boolean ok = has.contains(skill.toLowerCase(Locale.ROOT));
            met += ok ? 1 : 0;
            reasons.add(new FitReason(FitReason.Aspect.SKILL, ok, List.of(skill)));
        }
        if (home != null && offer.workplace().located()) {
            double km = GeoDistance.km(home.lat(), home.lon(), offer.workplace().lat(), offer.workplace().lon());
            reasons.add(new FitReason(FitReason.Aspect.DISTANCE, km <= 30,
                    List.of(String.valueOf(Math.round(km)), home.municipality())));
        }
        reasons.add(new FitReason(FitReason.Aspect.OCCUPATION, true,
                List.of(citizen.personal().familyName(), offer.isco() == null ? "" : offer.isco())));
        int score = offer.requirements().skills().isEmpty() ? 50 : 100 * met / offer.requirements().skills().size();
        return new Fit(score, reasons);
    }
}

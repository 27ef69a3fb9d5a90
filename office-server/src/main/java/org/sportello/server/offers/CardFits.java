package org.sportello.server.offers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.offers.Fit;
import org.sportello.model.offers.FitReason;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.LanguageRequirement;
import org.sportello.model.offers.OfferFitter;
import org.sportello.model.offers.ProfileFit;
import org.sportello.model.offers.Workplace;
import org.sportello.model.profile.Address;
import org.sportello.model.profile.CitizenProfile;
import org.sportello.server.profile.OfficeProfiles;
import org.sportello.model.offers.CardFit;

/**
 * The fit of offers for the citizen whose health card a terminal read (issue 12): the file is read here,
 * inside the server, scored by the office's one {@link OfferFitter} (the desk's engine), and only the
 * first name and the fits go back. A reason's values are the fitter's to choose, so they are filtered
 * on the way out: numbers, CEFR levels, licence categories and words of the offer itself pass; anything
 * else (a municipality, an employer, a name from the file) is dropped, so no engine can leak the file
 * to a public screen.
 */
public final class CardFits {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;
    static final int MAX_ARGS = 6;
    static final int MAX_ARG = 60;
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,6}([.,]\\d{1,2})?");
    private static final Pattern CODE = Pattern.compile("[A-C][12]|[A-Z]{1,2}\\d?E?|\\d{1,4}");

    private final OfficeOffers offers;
    private final OfficeProfiles profiles;
    private final OfferFitter fitter;

    /** @param fitter the office's fit engine; null while none is installed (then the name and no fits) */
    public CardFits(OfficeOffers offers, OfficeProfiles profiles, OfferFitter fitter) {
        this.offers = offers;
        this.profiles = profiles;
        this.fitter = fitter;
    }

    /** The fits of {@code offerIds} (open ones), or of the best-fitting open offers when none are named. */
    public CardFit fit(CodiceFiscale code, Collection<String> offerIds, int limit) {
        Optional<CitizenProfile> file = profiles.ownFile(code);
        if (file.isEmpty()) {
            return CardFit.UNKNOWN;
        }
        CitizenProfile citizen = file.get();
        if (fitter == null) {
            return new CardFit(true, firstName(citizen), List.of());
        }
        Workplace home = home(citizen);
        int max = Math.clamp(limit == 0 ? DEFAULT_LIMIT : limit, 1, MAX_LIMIT);
        List<CardFit.OfferFit> fits = new ArrayList<>();
        if (offerIds.isEmpty()) {
            // Every open offer of the day: the engine scores them all and explains only the best.
            for (ProfileFit.Ranked r : fitter.rank(citizen, home, offers.openOn(offers.today()), max)) {
                fits.add(new CardFit.OfferFit(r.offer().id(), outward(r.fit(), r.offer())));
            }
        } else {
            for (JobOffer o : offers.openAmong(offerIds)) {
                fits.add(new CardFit.OfferFit(o.id(), outward(fitter.fit(citizen, home, o), o)));
            }
        }
        return new CardFit(true, firstName(citizen), fits.subList(0, Math.min(max, fits.size())));
    }

    /** Where the citizen lives, located by the places file; null when unknown. */
    Workplace home(CitizenProfile citizen) {
        Address a = citizen.personal().livesAt();
        if (a == null || a.municipality() == null) {
            return null;
        }
        return offers.places().find(a.municipality(), a.province()).map(Place::workplace).orElse(null);
    }

    /** The first of the given names, as the terminal greets: "Maria" of "Maria Grazia". */
    static String firstName(CitizenProfile citizen) {
        String given = citizen.personal().givenNames();
        if (given == null || given.isBlank()) {
            return "";
        }
        String first = given.strip().split("\\s+")[0];
        return first.length() > 40 ? first.substring(0, 40) : first;
    }

    /** The fit with each reason's values limited to what the offer itself says (see the class comment). */
    static Fit outward(Fit fit, JobOffer offer) {
        Set<String> offerWords = offerWords(offer);
        List<FitReason> reasons = new ArrayList<>();
        for (FitReason r : fit.reasons()) {
            List<String> args = new ArrayList<>();
            for (String a : r.args()) {
                if (a != null && args.size() < MAX_ARGS && a.length() <= MAX_ARG && allowed(a, offerWords)) {
                    args.add(a);
                }
            }
            reasons.add(new FitReason(r.aspect(), r.met(), args));
        }
        return new Fit(fit.score(), reasons);
    }

    private static boolean allowed(String arg, Set<String> offerWords) {
        String a = arg.strip();
        return NUMBER.matcher(a).matches() || CODE.matcher(a).matches()
                || offerWords.contains(a.toLowerCase(Locale.ROOT));
    }

    private static Set<String> offerWords(JobOffer o) {
        Set<String> out = new HashSet<>();
        out.add(o.title().toLowerCase(Locale.ROOT));
        if (o.isco() != null) {
            out.add(o.isco());
        }
        out.add(o.contract().name().toLowerCase(Locale.ROOT));
        out.add(o.contract().wireName());
        out.add(o.hours().name().toLowerCase(Locale.ROOT));
        for (String s : o.requirements().skills()) {
            out.add(s.toLowerCase(Locale.ROOT));
        }
        for (LanguageRequirement l : o.requirements().languages()) {
            out.add(l.code());
        }
        return out;
    }
}

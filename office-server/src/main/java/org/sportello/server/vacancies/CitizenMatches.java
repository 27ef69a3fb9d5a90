package org.sportello.server.vacancies;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.offers.ProfileFit;
import org.sportello.model.offers.Workplace;
import org.sportello.model.profile.Address;
import org.sportello.model.profile.CitizenProfile;
import org.sportello.model.profile.ProfileService;
import org.sportello.server.offers.OfferCatalogue;

/**
 * A citizen against every open offer of the catalogue, ranked and explained by the one engine: what
 * {@code sportello offers match} prints and what the desk shows. The file is opened through the profile
 * service, so the reading is logged as any view of it.
 */
public final class CitizenMatches {
    public static final int MAX = 500;

    private final ProfileService profiles;
    private final OfferCatalogue catalogue;
    private final PlaceCoordinates places;
    private final ZoneId zone;
    private final Clock clock;

    public CitizenMatches(ProfileService profiles, OfferCatalogue catalogue, PlaceCoordinates places, ZoneId zone,
                          Clock clock) {
        this.profiles = profiles;
        this.catalogue = catalogue;
        this.places = places;
        this.zone = zone;
        this.clock = clock;
    }

    /** The {@code limit} best open offers for the citizen, best first; PERSON_UNKNOWN without a file here. */
    public List<ProfileFit.Ranked> match(OperatorSession session, CodiceFiscale code, int limit) {
        CitizenProfile p = profiles.open(session, code).orElseThrow(() ->
                new SportelloException(Problem.PERSON_UNKNOWN, code.canonical())).profile();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        Address a = p.personal().livesAt();
        Workplace home = a.municipality() == null ? null : places.locate(a.municipality(), a.province()).orElse(null);
        return new ProfileFit(clock.withZone(zone)).prepare(p, home).rank(catalogue.openOn(today),
                Math.clamp(limit, 1, MAX));
    }
}

package org.sportello.model.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sportello.model.offers.FitReason.Aspect;
import org.sportello.model.profile.Availability;
import org.sportello.model.profile.CefrLevel;
import org.sportello.model.profile.CitizenProfile;
import org.sportello.model.profile.DrivingLicence;
import org.sportello.model.profile.Professional;
import org.sportello.model.profile.WorkingHours;

class ProfileFitPropertyTest {
    private static final List<String> SKILLS = List.of("muletto", "Inventario", "saldatura", "Excel", "HACCP",
            "pulizia", "cassa", "contabilità");
    private final ProfileFit engine = new ProfileFit(Clock.fixed(Offers.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC));

    @Property(tries = 300)
    void theScoreIsAPercentageAndTheFastPathAgrees(@ForAll("offers") JobOffer offer, @ForAll("homes") Workplace home) {
        ProfileFit.Prepared p = engine.prepare(Offers.warehouseWorker(), home);
        Fit fit = p.fit(offer);
        assertThat(fit.score()).isBetween(0, 100);
        assertThat(p.score(offer)).isEqualTo(fit.score());
        assertThat(engine.fit(Offers.warehouseWorker(), home, offer)).isEqualTo(fit);
    }

    @Property(tries = 300)
    void everyRequirementGetsOneReason(@ForAll("offers") JobOffer offer) {
        Requirements r = offer.requirements();
        Fit fit = engine.fit(Offers.warehouseWorker(), null, offer);
        assertThat(count(fit, Aspect.SKILL)).isEqualTo(r.skills().size());
        assertThat(count(fit, Aspect.LANGUAGE)).isEqualTo(r.languages().size());
        assertThat(count(fit, Aspect.LICENCE)).isEqualTo(r.licences().size());
        assertThat(count(fit, Aspect.EDUCATION)).isEqualTo(r.minIsced() >= 0 ? 1 : 0);
        assertThat(count(fit, Aspect.HOURS)).isEqualTo(1);
    }

    @Property(tries = 300)
    void learningWhatTheOfferAsksNeverLowersTheScore(@ForAll("offers") JobOffer offer) {
        CitizenProfile before = Offers.warehouseWorker();
        Professional p = before.professional();
        List<String> skills = new ArrayList<>(p.skills());
        skills.addAll(offer.requirements().skills());
        Set<DrivingLicence> licences = EnumSet.noneOf(DrivingLicence.class);
        licences.addAll(p.licences());
        licences.addAll(offer.requirements().licences());
        CitizenProfile after = before.with(new Professional(p.education(), p.experience(), skills, p.languages(),
                licences, new Availability(WorkingHours.EITHER, Set.of(), p.availability().travelKm())));
        Fit was = engine.fit(before, null, offer);
        Fit now = engine.fit(after, null, offer);
        assertThat(now.score()).isGreaterThanOrEqualTo(was.score());
        assertThat(now.missing()).extracting(FitReason::aspect).doesNotContain(Aspect.SKILL, Aspect.LICENCE, Aspect.HOURS);
    }

    @Property(tries = 200)
    void askingForMoreNeverRaisesTheScoreOfTheSameCandidate(@ForAll("offers") JobOffer offer) {
        Requirements r = offer.requirements();
        List<String> more = new ArrayList<>(r.skills());
        more.add("Pilotaggio droni");
        JobOffer harder = new JobOffer(offer.id(), offer.source(), offer.title(), null, null, offer.workplace(),
                offer.isco(), offer.contract(), offer.hours(), 1, offer.published(), offer.expires(),
                new Requirements(r.minIsced(), r.yearsExperience(), more, r.languages(), r.licences()), null);
        int easy = engine.fit(Offers.warehouseWorker(), null, offer).score();
        int hard = engine.fit(Offers.warehouseWorker(), null, harder).score();
        if (r.skills().stream().map(Folded::of).allMatch(s -> engine.fit(Offers.warehouseWorker(), null, offer)
                .reasons().stream().anyMatch(x -> x.aspect() == Aspect.SKILL && x.met() && Folded.of(x.args().get(0)).equals(s)))) {
            assertThat(hard).isLessThanOrEqualTo(easy);
        }
        assertThat(engine.fit(Offers.warehouseWorker(), null, harder).missing()).extracting(FitReason::args)
                .contains(List.of("Pilotaggio droni"));
    }

    @Provide
    Arbitrary<Workplace> homes() {
        return Arbitraries.of(Offers.BOLOGNA, Offers.IMOLA, Offers.MILANO, new Workplace("Ignota", null, null, null));
    }

    @Provide
    Arbitrary<JobOffer> offers() {
        Arbitrary<String> isco = Arbitraries.of("432", "4321", "431", "513", "721", "9333", "2512", null);
        Arbitrary<Integer> isced = Arbitraries.integers().between(-1, 8);
        Arbitrary<Integer> years = Arbitraries.integers().between(0, 10);
        Arbitrary<List<String>> skills = Arbitraries.of(SKILLS).list().ofMaxSize(4);
        Arbitrary<List<LanguageRequirement>> langs = Combinators.combine(Arbitraries.of("en", "it", "fr", "de"),
                Arbitraries.of(CefrLevel.class)).as(LanguageRequirement::new).list().ofMaxSize(3)
                .uniqueElements(LanguageRequirement::code);
        Arbitrary<Set<DrivingLicence>> lic = Arbitraries.of(DrivingLicence.class).set().ofMaxSize(3);
        Arbitrary<Requirements> req = Combinators.combine(isced, years, skills, langs, lic).as(Requirements::new);
        Arbitrary<Workplace> where = Arbitraries.of(Offers.BOLOGNA, Offers.IMOLA, Offers.MILANO,
                new Workplace("Senza coordinate", "BO", null, null));
        return Combinators.combine(isco, req, Arbitraries.of(OfferHours.class), where).as(Offers::offer);
    }

    private static long count(Fit fit, Aspect a) {
        return fit.reasons().stream().filter(r -> r.aspect() == a).count();
    }
}

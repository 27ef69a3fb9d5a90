package org.sportello.model.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.model.offers.Offers.BOLOGNA;
import static org.sportello.model.offers.Offers.IMOLA;
import static org.sportello.model.offers.Offers.MILANO;
import static org.sportello.model.offers.Offers.offer;
import static org.sportello.model.offers.Offers.warehouseWorker;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sportello.model.offers.FitReason.Aspect;
import org.sportello.model.profile.CefrLevel;
import org.sportello.model.profile.CitizenProfile;
import org.sportello.model.profile.DrivingLicence;
import org.sportello.model.profile.Personal;

class ProfileFitTest {
    private final ProfileFit engine = new ProfileFit(Clock.fixed(Offers.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC));

    @Test
    void theWeightsAddUpToAHundred() {
        assertThat(ProfileFit.WEIGHTS.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        assertThat(ProfileFit.WEIGHTS.keySet()).containsExactlyInAnyOrder(Aspect.values());
    }

    @Test
    void aCandidateWhoMeetsEverythingScoresAHundredWithEveryReasonMet() {
        Requirements r = new Requirements(3, 3, List.of("muletto", "INVENTARIO"),
                List.of(new LanguageRequirement("en", CefrLevel.A2)), Set.of(DrivingLicence.B));
        Fit fit = engine.fit(warehouseWorker(), BOLOGNA, offer("4321", r, OfferHours.FULL, BOLOGNA));
        assertThat(fit.score()).isEqualTo(100);
        assertThat(fit.missing()).isEmpty();
        assertThat(fit.reasons()).extracting(FitReason::aspect).containsExactly(Aspect.OCCUPATION, Aspect.EXPERIENCE,
                Aspect.EDUCATION, Aspect.SKILL, Aspect.SKILL, Aspect.LANGUAGE, Aspect.LICENCE, Aspect.HOURS,
                Aspect.DISTANCE);
        assertThat(fit.reasons().getFirst().args()).containsExactly("4321", "432", "same");
        // Licence C covers B: a C driver held B first.
        assertThat(fit.reasons().getLast().args()).containsExactly("0", "30");
    }

    @Test
    void whatIsMissingIsSaidWithTheValuesThatMakeItSo() {
        Requirements r = new Requirements(6, 6, List.of("Saldatura TIG", "muletto"),
                List.of(new LanguageRequirement("de", CefrLevel.B2), new LanguageRequirement("en", CefrLevel.B2)),
                Set.of(DrivingLicence.CE));
        Fit fit = engine.fit(warehouseWorker(), BOLOGNA, offer("4321", r, OfferHours.PART, MILANO));
        assertThat(fit.missing()).extracting(FitReason::aspect, FitReason::args).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Aspect.EXPERIENCE, List.of("6", "4")),
                org.assertj.core.groups.Tuple.tuple(Aspect.EDUCATION, List.of("6", "3")),
                org.assertj.core.groups.Tuple.tuple(Aspect.SKILL, List.of("Saldatura TIG")),
                org.assertj.core.groups.Tuple.tuple(Aspect.LANGUAGE, List.of("de", "B2", "")),
                org.assertj.core.groups.Tuple.tuple(Aspect.LANGUAGE, List.of("en", "B2", "B1")),
                org.assertj.core.groups.Tuple.tuple(Aspect.LICENCE, List.of("CE")),
                org.assertj.core.groups.Tuple.tuple(Aspect.HOURS, List.of("part", "FULL_TIME")),
                org.assertj.core.groups.Tuple.tuple(Aspect.DISTANCE, List.of("201", "30")));
        assertThat(fit.matches()).extracting(FitReason::aspect).containsExactly(Aspect.OCCUPATION, Aspect.SKILL);
        assertThat(fit.score()).isBetween(30, 60);
    }

    @Test
    void theSameMinorGroupIsAlmostAMatchTheSubMajorGroupEarnsPartOfIt() {
        CitizenProfile c = warehouseWorker();
        int same = engine.fit(c, null, offer("432", Requirements.NONE, OfferHours.FULL, BOLOGNA)).score();
        int minor = engine.fit(c, null, offer("4321", Requirements.NONE, OfferHours.FULL, BOLOGNA)).score();
        Fit subMajor = engine.fit(c, null, offer("431", Requirements.NONE, OfferHours.FULL, BOLOGNA));
        Fit none = engine.fit(c, null, offer("721", Requirements.NONE, OfferHours.FULL, BOLOGNA));
        assertThat(same).isEqualTo(100);
        assertThat(minor).isEqualTo(100);
        assertThat(subMajor.reasons().getFirst().args()).containsExactly("431", "432", "submajor");
        assertThat(subMajor.reasons().getFirst().met()).isFalse();
        assertThat(none.reasons().getFirst().args()).containsExactly("721", "", "none");
        assertThat(none.score()).isLessThan(subMajor.score()).isLessThan(same);
    }

    @Test
    void yearsInTheSameGroupCountFullyInItsSubMajorGroupHalf() {
        // 4 years in 432; the offer is 431 (same sub-major 43): 2 years count.
        Requirements twoYears = new Requirements(-1, 2, List.of(), List.of(), Set.of());
        Requirements threeYears = new Requirements(-1, 3, List.of(), List.of(), Set.of());
        assertThat(reason(engine.fit(warehouseWorker(), null, offer("431", twoYears, OfferHours.FULL, BOLOGNA)),
                Aspect.EXPERIENCE).met()).isTrue();
        FitReason short3 = reason(engine.fit(warehouseWorker(), null, offer("431", threeYears, OfferHours.FULL,
                BOLOGNA)), Aspect.EXPERIENCE);
        assertThat(short3.met()).isFalse();
        assertThat(short3.args()).containsExactly("3", "2");
    }

    @Test
    void skillsAndLanguagesAreComparedWithoutCaseOrAccents() {
        CitizenProfile c = warehouseWorker().with(new org.sportello.model.profile.Professional(List.of(), List.of(),
                List.of("Contabilità", "Pulizia uffici"), List.of(new org.sportello.model.profile.LanguageSkill(
                        "inglése", CefrLevel.C1), new org.sportello.model.profile.LanguageSkill("Spanish", CefrLevel.B1)),
                Set.of(), null));
        Requirements r = new Requirements(-1, 0, List.of("CONTABILITA", "pulizia"),
                List.of(new LanguageRequirement("EN", CefrLevel.B2), new LanguageRequirement("es", CefrLevel.B1)),
                Set.of());
        Fit fit = engine.fit(c, null, offer("411", r, OfferHours.FULL, BOLOGNA));
        assertThat(fit.reasons()).filteredOn(x -> x.aspect() == Aspect.SKILL).allMatch(FitReason::met);
        assertThat(fit.reasons()).filteredOn(x -> x.aspect() == Aspect.LANGUAGE).allMatch(FitReason::met);
    }

    @Test
    void italianCitizensKnowItalianOthersOnlyAsTheirFileSays() {
        Requirements r = new Requirements(-1, 0, List.of(), List.of(new LanguageRequirement("it", CefrLevel.B2)), Set.of());
        JobOffer o = offer("432", r, OfferHours.FULL, BOLOGNA);
        assertThat(reason(engine.fit(warehouseWorker(), null, o), Aspect.LANGUAGE).met()).isTrue();
        Personal foreign = new Personal("Popescu", "Ana", null, "Romena", null, null, null, null);
        assertThat(reason(engine.fit(warehouseWorker().with(foreign), null, o), Aspect.LANGUAGE).met()).isFalse();
    }

    @Test
    void distanceIsJudgedOnlyWhenBothPlacesAndTheTravelAreKnown() {
        JobOffer imola = offer("432", Requirements.NONE, OfferHours.FULL, IMOLA);
        assertThat(engine.fit(warehouseWorker(), null, imola).reasons()).extracting(FitReason::aspect)
                .doesNotContain(Aspect.DISTANCE);
        FitReason d = reason(engine.fit(warehouseWorker(), BOLOGNA, imola), Aspect.DISTANCE);
        assertThat(Integer.parseInt(d.args().getFirst())).isBetween(32, 35);
        assertThat(ProfileFit.km(44.4949, 11.3426, 45.4642, 9.19)).isBetween(199.0, 203.0);
    }

    @Test
    void anOfferThatAsksLittleIsJudgedOnWhatItAsks() {
        Fit fit = engine.fit(warehouseWorker(), null, offer(null, Requirements.NONE, OfferHours.PART, BOLOGNA));
        assertThat(fit.reasons()).extracting(FitReason::aspect).containsExactly(Aspect.HOURS);
        assertThat(fit.score()).isZero();
    }

    @Test
    void rankingKeepsTheBestExplainedAndAgreesWithTheScore() {
        List<JobOffer> offers = List.of(offer("721", Requirements.NONE, OfferHours.FULL, BOLOGNA),
                offer("432", Requirements.NONE, OfferHours.FULL, BOLOGNA),
                offer("431", Requirements.NONE, OfferHours.FULL, MILANO),
                offer("432", Requirements.NONE, OfferHours.PART, IMOLA));
        ProfileFit.Prepared p = engine.prepare(warehouseWorker(), BOLOGNA);
        List<ProfileFit.Ranked> top = p.rank(offers, 3);
        assertThat(top).hasSize(3);
        assertThat(top.getFirst().offer().isco()).isEqualTo("432");
        assertThat(top.getFirst().fit().score()).isEqualTo(100);
        assertThat(top).isSortedAccordingTo((a, b) -> Integer.compare(b.fit().score(), a.fit().score()));
        top.forEach(t -> assertThat(t.fit().score()).isEqualTo(p.score(t.offer())));
        assertThat(top).extracting(t -> t.offer().isco()).doesNotContain("721");
    }

    @Test
    void theEnginesQuickRankingGivesWhatExplainingEveryOfferWouldGive() {
        List<JobOffer> offers = List.of(offer("721", Requirements.NONE, OfferHours.FULL, BOLOGNA),
                offer("432", Requirements.NONE, OfferHours.FULL, BOLOGNA),
                offer("431", Requirements.NONE, OfferHours.FULL, MILANO),
                offer("432", Requirements.NONE, OfferHours.PART, IMOLA),
                offer("4321", Requirements.NONE, OfferHours.FULL, IMOLA));
        OfferFitter explainsEach = engine::fit; // the interface's own ranking: every offer explained
        for (int limit = 0; limit <= offers.size() + 1; limit++) {
            assertThat(engine.rank(warehouseWorker(), BOLOGNA, offers, limit))
                    .isEqualTo(explainsEach.rank(warehouseWorker(), BOLOGNA, offers, limit));
        }
        assertThat(engine.rank(warehouseWorker(), BOLOGNA, offers, 2)).hasSize(2)
                .isSortedAccordingTo(OfferFitter.BEST_FIRST);
    }

    @Test
    void languageNamesBecomeCodes() {
        assertThat(LanguageCodes.code("Inglese")).contains("en");
        assertThat(LanguageCodes.code("francese")).contains("fr");
        assertThat(LanguageCodes.code("English")).contains("en");
        assertThat(LanguageCodes.code("DE")).contains("de");
        assertThat(LanguageCodes.code("klingon")).isEmpty();
    }

    private static FitReason reason(Fit fit, Aspect aspect) {
        return fit.reasons().stream().filter(r -> r.aspect() == aspect).findFirst().orElseThrow();
    }
}

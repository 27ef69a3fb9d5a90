package org.sportello.model.offers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import org.sportello.model.offers.FitReason.Aspect;
import org.sportello.model.profile.Availability;
import org.sportello.model.profile.CefrLevel;
import org.sportello.model.profile.CitizenProfile;
import org.sportello.model.profile.DrivingLicence;
import org.sportello.model.profile.Experience;
import org.sportello.model.profile.LanguageSkill;
import org.sportello.model.profile.Professional;
import org.sportello.model.profile.WorkingHours;

/**
 * The one fit engine (ADR 33): how well a citizen's file meets an offer, as a score from 0 to 100 and the
 * reasons. Each aspect the offer asks about earns a share of its weight ({@link #WEIGHTS}); aspects the offer
 * does not ask about (no ISCO code, no years, no education level, no skills…) or that cannot be judged (no
 * coordinates, no travel distance in the file) are left out and the score is over the rest, so an offer
 * that asks little is not a worse fit for it.
 *
 * <p>Reasons, one per requirement, with their {@link FitReason#args() args} (views word them):
 * <ul>
 * <li>OCCUPATION {@code [offer code, closest code in the file or "", level]}, level {@code same}, {@code minor}
 *     (same 3-digit minor group, different unit), {@code submajor} (same 2-digit sub-major group: partial credit)
 *     or {@code none}; met for same and minor;</li>
 * <li>EXPERIENCE {@code [years asked, whole years in that occupation]};</li>
 * <li>EDUCATION {@code [minimum ISCED, highest ISCED in the file or ""]};</li>
 * <li>SKILL {@code [skill as the offer writes it]}, one per skill;</li>
 * <li>LANGUAGE {@code [ISO code, level asked, level known or ""]}, one per language;</li>
 * <li>LICENCE {@code [category]}, one per licence;</li>
 * <li>HOURS {@code [full|part, FULL_TIME|PART_TIME|EITHER]};</li>
 * <li>DISTANCE {@code [km from home, km the citizen will travel]}.</li>
 * </ul>
 *
 * <p>Matching many offers: {@link #prepare} folds the file once (codes, months per group, skills, languages,
 * licences), then {@link Prepared#score} runs without building reasons, and {@link Prepared#rank} explains
 * only the best ones.
 */
public final class ProfileFit implements OfferFitter {
    /** Points per aspect when the offer asks about every one; they add up to 100. */
    public static final Map<Aspect, Integer> WEIGHTS = weights();

    private static final double EARTH_KM = 6371.0088;

    private final Clock clock;

    /** {@code clock} says which day a current job's years run to. */
    public ProfileFit(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Fit fit(CitizenProfile citizen, Workplace home, JobOffer offer) {
        return prepare(citizen, home).fit(offer);
    }

    /** Scores every offer without explaining it, then explains only the {@code limit} kept. */
    @Override
    public List<Ranked> rank(CitizenProfile citizen, Workplace home, Collection<JobOffer> offers, int limit) {
        return prepare(citizen, home).rank(offers, limit);
    }

    /** The file folded for matching against many offers; not for sharing between threads. */
    public Prepared prepare(CitizenProfile citizen, Workplace home) {
        return new Prepared(citizen, home, LocalDate.now(clock));
    }

    /** An offer and how the citizen fits it. */
    public record Ranked(JobOffer offer, Fit fit) {
    }

    /** Great-circle distance in km (haversine), for coordinates in decimal degrees. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    public static final class Prepared {
        private final CitizenProfile citizen;
        /** Whole codes of the file's jobs (3 or 4 digits). */
        private final List<String> codes = new ArrayList<>();
        private final Map<String, Double> monthsByMinor = new HashMap<>();
        private final Map<String, Double> monthsBySubMajor = new HashMap<>();
        private final List<String> skills;
        private final Map<String, CefrLevel> languages = new HashMap<>();
        private final Set<DrivingLicence> licences;
        private final int highestIsced;
        private final WorkingHours hours;
        private final Double homeLat;
        private final Double homeLon;
        private final int travelKm;
        private final Map<String, String> foldedSkills = new HashMap<>();

        private Prepared(CitizenProfile citizen, Workplace home, LocalDate today) {
            this.citizen = Objects.requireNonNull(citizen, "citizen");
            Professional p = citizen.professional();
            for (Experience e : p.experience()) {
                String code = e.occupationCode();
                if (code == null || code.length() < 2 || !code.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                codes.add(code);
                double months = e.from() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(e.from(),
                        e.to() == null ? today : e.to()) / 30.4375);
                if (code.length() >= 3) {
                    monthsByMinor.merge(code.substring(0, 3), months, Double::sum);
                }
                monthsBySubMajor.merge(code.substring(0, 2), months, Double::sum);
            }
            this.skills = p.skills().stream().map(Folded::of).filter(s -> !s.isEmpty()).toList();
            for (LanguageSkill l : p.languages()) {
                LanguageCodes.code(l.language()).ifPresent(code -> languages.merge(code, l.level(),
                        (a, b) -> a.compareTo(b) >= 0 ? a : b));
            }
            String citizenship = Folded.of(citizen.personal().citizenship());
            if (citizenship.startsWith("ital")) {
                // Italian citizens list the languages other than their own; Italian is theirs.
                languages.put("it", CefrLevel.C2);
            }
            this.licences = LicenceCategories.covered(p.licences());
            this.highestIsced = p.highestIsced();
            Availability a = p.availability();
            this.hours = a.hours();
            this.travelKm = a.travelKm();
            this.homeLat = home == null ? null : home.lat();
            this.homeLon = home == null ? null : home.lon();
        }

        public CitizenProfile citizen() {
            return citizen;
        }

        /** The score alone (what {@link #fit} would say), without building reasons. */
        public int score(JobOffer offer) {
            return evaluate(offer, null);
        }

        public Fit fit(JobOffer offer) {
            List<FitReason> reasons = new ArrayList<>();
            int score = evaluate(offer, reasons);
            return new Fit(score, reasons);
        }

        /**
         * The {@code limit} best-fitting offers, best first (ties: the newest published, then id), each with
         * its explained fit. Only the kept ones are explained.
         */
        public List<Ranked> rank(Collection<JobOffer> offers, int limit) {
            if (limit <= 0) {
                return List.of();
            }
            record Scored(JobOffer offer, int score) {
            }
            Comparator<Scored> better = Comparator.comparingInt(Scored::score)
                    .thenComparing(s -> s.offer().published())
                    .thenComparing(s -> s.offer().id(), Comparator.reverseOrder());
            PriorityQueue<Scored> best = new PriorityQueue<>(limit + 1, better);
            for (JobOffer o : offers) {
                int score = score(o);
                if (best.size() == limit && score < best.peek().score()) {
                    continue; // most offers: worse than all kept, so nothing is made for them (fewer collections)
                }
                Scored s = new Scored(o, score);
                if (best.size() < limit) {
                    best.add(s);
                } else if (better.compare(s, best.peek()) > 0) {
                    best.poll();
                    best.add(s);
                }
            }
            List<Scored> kept = new ArrayList<>(best);
            kept.sort(better.reversed());
            return kept.stream().map(s -> new Ranked(s.offer(), fit(s.offer()))).toList();
        }

        private int evaluate(JobOffer offer, List<FitReason> reasons) {
            Requirements r = offer.requirements();
            double earned = 0;
            int possible = 0;
            String isco = offer.isco() == null ? null : offer.isco().strip();
            if (isco != null && isco.length() >= 2) {
                possible += weight(Aspect.OCCUPATION);
                earned += weight(Aspect.OCCUPATION) * occupation(isco, reasons);
                if (r.yearsExperience() > 0) {
                    double years = years(isco);
                    possible += weight(Aspect.EXPERIENCE);
                    earned += weight(Aspect.EXPERIENCE) * Math.min(1, years / r.yearsExperience());
                    if (reasons != null) {
                        reasons.add(new FitReason(Aspect.EXPERIENCE, years >= r.yearsExperience(),
                                List.of(Integer.toString(r.yearsExperience()), Integer.toString((int) Math.floor(years)))));
                    }
                }
            }
            if (r.minIsced() >= 0) {
                possible += weight(Aspect.EDUCATION);
                double credit = highestIsced >= r.minIsced() ? 1 : highestIsced == r.minIsced() - 1 ? 0.4 : 0;
                earned += weight(Aspect.EDUCATION) * credit;
                if (reasons != null) {
                    reasons.add(new FitReason(Aspect.EDUCATION, credit == 1, List.of(Integer.toString(r.minIsced()),
                            highestIsced < 0 ? "" : Integer.toString(highestIsced))));
                }
            }
            if (!r.skills().isEmpty()) {
                int met = 0;
                for (String skill : r.skills()) {
                    boolean has = hasSkill(foldedSkills.computeIfAbsent(skill, Folded::of));
                    met += has ? 1 : 0;
                    if (reasons != null) {
                        reasons.add(new FitReason(Aspect.SKILL, has, List.of(skill)));
                    }
                }
                possible += weight(Aspect.SKILL);
                earned += weight(Aspect.SKILL) * met / (double) r.skills().size();
            }
            if (!r.languages().isEmpty()) {
                double credit = 0;
                for (LanguageRequirement l : r.languages()) {
                    CefrLevel known = languages.get(l.code());
                    int gap = known == null ? Integer.MAX_VALUE : l.level().ordinal() - known.ordinal();
                    credit += gap <= 0 ? 1 : gap == 1 ? 0.5 : 0;
                    if (reasons != null) {
                        reasons.add(new FitReason(Aspect.LANGUAGE, gap <= 0, List.of(l.code(), l.level().name(),
                                known == null ? "" : known.name())));
                    }
                }
                possible += weight(Aspect.LANGUAGE);
                earned += weight(Aspect.LANGUAGE) * credit / r.languages().size();
            }
            if (!r.licences().isEmpty()) {
                int met = 0;
                for (DrivingLicence l : sorted(r.licences())) {
                    boolean has = licences.contains(l);
                    met += has ? 1 : 0;
                    if (reasons != null) {
                        reasons.add(new FitReason(Aspect.LICENCE, has, List.of(l.name())));
                    }
                }
                possible += weight(Aspect.LICENCE);
                earned += weight(Aspect.LICENCE) * met / (double) r.licences().size();
            }
            boolean hoursMet = hours == WorkingHours.EITHER
                    || (hours == WorkingHours.FULL_TIME) == (offer.hours() == OfferHours.FULL);
            possible += weight(Aspect.HOURS);
            earned += hoursMet ? weight(Aspect.HOURS) : 0;
            if (reasons != null) {
                reasons.add(new FitReason(Aspect.HOURS, hoursMet, List.of(offer.hours().wireName(), hours.name())));
            }
            Workplace w = offer.workplace();
            if (homeLat != null && w.located() && travelKm > 0) {
                double km = km(homeLat, homeLon, w.lat(), w.lon());
                double credit = km <= travelKm ? 1 : km <= travelKm * 1.5 ? 0.5 : 0;
                possible += weight(Aspect.DISTANCE);
                earned += weight(Aspect.DISTANCE) * credit;
                if (reasons != null) {
                    reasons.add(new FitReason(Aspect.DISTANCE, credit == 1, List.of(Long.toString(Math.round(km)),
                            Integer.toString(travelKm))));
                }
            }
            return (int) Math.round(100 * earned / possible);
        }

        /** The best credit any job in the file earns for the offer's code, with its reason. */
        private double occupation(String isco, List<FitReason> reasons) {
            double best = 0;
            String closest = "";
            String level = "none";
            for (String code : codes) {
                double credit;
                String l;
                if (code.equals(isco) || prefixOf(code, isco) && Math.min(code.length(), isco.length()) >= 3) {
                    credit = 1;
                    l = "same";
                } else if (code.length() >= 3 && isco.length() >= 3 && code.regionMatches(0, isco, 0, 3)) {
                    credit = 0.8;
                    l = "minor";
                } else if (code.regionMatches(0, isco, 0, 2)) {
                    credit = 0.4;
                    l = "submajor";
                } else {
                    continue;
                }
                if (credit > best) {
                    best = credit;
                    closest = code;
                    level = l;
                }
            }
            if (reasons != null) {
                reasons.add(new FitReason(Aspect.OCCUPATION, best >= 0.8, List.of(isco, closest, level)));
            }
            return best;
        }

        /** Years in the offer's minor group, plus half of those in its sub-major group's other groups. */
        private double years(String isco) {
            double same = isco.length() >= 3 ? monthsByMinor.getOrDefault(isco.substring(0, 3), 0.0) : 0;
            double group = monthsBySubMajor.getOrDefault(isco.substring(0, 2), 0.0);
            if (isco.length() < 3) {
                return group / 12;
            }
            return (same + (group - same) / 2) / 12;
        }

        private boolean hasSkill(String asked) {
            if (asked.isEmpty()) {
                return false;
            }
            for (String s : skills) {
                if (s.equals(asked) || words(s).contains(" " + asked + " ") || words(asked).contains(" " + s + " ")) {
                    return true;
                }
            }
            return false;
        }
    }

    private static String words(String s) {
        return " " + s + " ";
    }

    private static boolean prefixOf(String a, String b) {
        return a.length() <= b.length() ? b.startsWith(a) : a.startsWith(b);
    }

    private static List<DrivingLicence> sorted(Set<DrivingLicence> s) {
        return s.stream().sorted().toList();
    }

    private static int weight(Aspect a) {
        return WEIGHTS.get(a);
    }

    private static Map<Aspect, Integer> weights() {
        Map<Aspect, Integer> w = new EnumMap<>(Aspect.class);
        w.put(Aspect.OCCUPATION, 30);
        w.put(Aspect.EXPERIENCE, 15);
        w.put(Aspect.EDUCATION, 15);
        w.put(Aspect.SKILL, 15);
        w.put(Aspect.LANGUAGE, 10);
        w.put(Aspect.LICENCE, 5);
        w.put(Aspect.HOURS, 5);
        w.put(Aspect.DISTANCE, 5);
        return java.util.Collections.unmodifiableMap(w);
    }

    @Override
    public String toString() {
        return "ProfileFit" + WEIGHTS.toString().toLowerCase(Locale.ROOT);
    }
}

package org.sportello.model.offers;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.sportello.model.profile.CefrLevel;
import org.sportello.model.profile.DrivingLicence;

/**
 * How long one citizen takes against 100,000 open offers (issue 12: at most 200 ms), the way
 * {@code offers match} and the desk do it: prepare the file once, score every offer, explain the best 50.
 * A plain timing, not a test: {@code java -cp shared-model/target/classes:shared-model/target/test-classes:...
 * org.sportello.model.offers.FitBenchmark [offers]}. Warms up first, then prints each run and the median.
 */
public final class FitBenchmark {
    private FitBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<JobOffer> offers = offers(n, new Random(12));
        ProfileFit engine = new ProfileFit(Clock.fixed(Offers.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC));
        long[] runs = new long[15];
        int checksum = 0;
        for (int warm = 0; warm < 10; warm++) {
            checksum += engine.prepare(Offers.warehouseWorker(), Offers.BOLOGNA).rank(offers, 50).size();
        }
        for (int i = 0; i < runs.length; i++) {
            long t0 = System.nanoTime();
            List<ProfileFit.Ranked> top = engine.prepare(Offers.warehouseWorker(), Offers.BOLOGNA).rank(offers, 50);
            runs[i] = System.nanoTime() - t0;
            checksum += top.getFirst().fit().score();
        }
        Arrays.sort(runs);
        System.out.printf("match 1 citizen x %,d offers (top 50 explained): median %.1f ms, min %.1f ms, max %.1f ms"
                + " (checksum %d)%n", n, runs[runs.length / 2] / 1e6, runs[0] / 1e6, runs[runs.length - 1] / 1e6,
                checksum);
    }

    /** Offers like an imported regional catalogue: varied codes, a few skills and languages, places around Bologna. */
    static List<JobOffer> offers(int n, Random rnd) {
        String[] codes = {"432", "4321", "431", "513", "5131", "721", "7212", "933", "9333", "2512", "411", "522",
                "8332", "911", "3313", "7411"};
        String[] skills = {"Muletto", "Inventario", "Saldatura TIG", "Excel", "HACCP", "Pulizia", "Cassa",
                "Contabilità", "Java", "Guida furgone", "Carrello elevatore", "Magazzino", "Gestione ordini"};
        String[] langs = {"en", "de", "fr", "es", "it"};
        DrivingLicence[] lic = {DrivingLicence.B, DrivingLicence.C, DrivingLicence.CE, DrivingLicence.D};
        List<JobOffer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> s = new ArrayList<>();
            for (int k = rnd.nextInt(4); k > 0; k--) {
                s.add(skills[rnd.nextInt(skills.length)]);
            }
            List<LanguageRequirement> l = rnd.nextInt(3) == 0 ? List.of(new LanguageRequirement(
                    langs[rnd.nextInt(langs.length)], CefrLevel.values()[rnd.nextInt(6)])) : List.of();
            Set<DrivingLicence> d = rnd.nextInt(4) == 0 ? EnumSet.of(lic[rnd.nextInt(lic.length)]) : Set.of();
            Requirements r = new Requirements(rnd.nextInt(9) - 1, rnd.nextInt(6), s, l, d);
            Workplace w = new Workplace("Comune " + (i % 300), "BO", 44.2 + rnd.nextDouble() * 0.6,
                    10.9 + rnd.nextDouble() * 1.0);
            out.add(new JobOffer("bench-" + i, OfferSource.IMPORTED, "Offerta " + i, null, null, w,
                    codes[rnd.nextInt(codes.length)], ContractType.values()[rnd.nextInt(5)],
                    rnd.nextBoolean() ? OfferHours.FULL : OfferHours.PART, 1, Offers.TODAY.minusDays(rnd.nextInt(60)),
                    Offers.TODAY.plusDays(1 + rnd.nextInt(60)), r, null));
        }
        return out;
    }
}

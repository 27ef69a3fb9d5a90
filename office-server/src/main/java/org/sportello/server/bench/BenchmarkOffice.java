package org.sportello.server.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sportello.model.auth.Role;
import org.sportello.model.office.Area;
import org.sportello.model.office.OpeningHours;
import org.sportello.model.setup.OfficeSetup;

/**
 * A throw-away office sized for a load test: services open around the clock (the benchmark may run
 * at night) and one counter per operator, each counter serving every service.
 */
public final class BenchmarkOffice {
    static final String PASSWORD = "bench";
    private static final String PREFIXES = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private BenchmarkOffice() {
    }

    public static OfficeSetup setup(int counters, int services) {
        if (services < 1 || services > PREFIXES.length()) {
            throw new IllegalArgumentException("services must be between 1 and " + PREFIXES.length());
        }
        if (counters < 1) {
            throw new IllegalArgumentException("at least one counter");
        }
        List<OfficeSetup.ServiceSetup> serviceList = new ArrayList<>();
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (int i = 0; i < services; i++) {
            String prefix = prefix(i);
            serviceList.add(new OfficeSetup.ServiceSetup(prefix, "Servizio " + prefix, "Service " + prefix, null, null,
                    i % 2 == 0 ? Area.PERSONS : Area.COMPANIES, 15, 8, i, OpeningHours.ALWAYS));
            weights.put(prefix, 1);
        }
        List<OfficeSetup.CounterSetup> counterList = new ArrayList<>();
        List<OfficeSetup.OperatorSetup> operators = new ArrayList<>();
        for (int n = 1; n <= counters; n++) {
            counterList.add(new OfficeSetup.CounterSetup(n, "Sportello " + n, weights));
            operators.add(new OfficeSetup.OperatorSetup(login(n), "Operatore " + n, Role.OPERATOR, PASSWORD));
        }
        return new OfficeSetup("BENCH", "Ufficio di prova (benchmark)", null, "Europe/Rome", serviceList,
                counterList, operators);
    }

    public static String prefix(int serviceIndex) {
        return String.valueOf(PREFIXES.charAt(serviceIndex));
    }

    /** The operator who works counter {@code n}. */
    public static String login(int counter) {
        return String.format("bench%02d", counter);
    }
}

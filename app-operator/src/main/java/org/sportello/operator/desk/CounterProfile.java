package org.sportello.operator.desk;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sportello.model.office.CounterInfo;
import org.sportello.model.office.CounterState;
import org.sportello.model.office.ServiceInfo;

/** A counter as the login picker and the desk show it: its services, heaviest weight first. */
public record CounterProfile(int number, String name, CounterState state, List<ServiceInfo> services) {

    public CounterProfile {
        services = List.copyOf(services);
    }

    public static CounterProfile of(CounterInfo counter, List<ServiceInfo> allServices) {
        List<ServiceInfo> served = allServices.stream()
                .filter(s -> counter.serves(s.id()))
                .sorted(Comparator.comparing((ServiceInfo s) -> counter.serviceWeights().get(s.id())).reversed()
                        .thenComparing(ServiceInfo::displayOrder))
                .toList();
        return new CounterProfile(counter.number(), counter.name(), counter.state(), served);
    }

    public Set<UUID> serviceIds() {
        return services.stream().map(ServiceInfo::id).collect(Collectors.toUnmodifiableSet());
    }

    /** "A, B": compact enough for the status bar. */
    public String prefixes() {
        return services.stream().map(ServiceInfo::prefix).collect(Collectors.joining(", "));
    }
}

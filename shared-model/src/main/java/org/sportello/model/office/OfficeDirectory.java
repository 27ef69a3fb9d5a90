package org.sportello.model.office;

import java.util.List;
import java.util.Optional;

/** Read access to the office's configuration: services and counters. */
public interface OfficeDirectory {
    OfficeInfo office();

    List<ServiceInfo> services();

    List<CounterInfo> counters();

    default Optional<ServiceInfo> serviceByPrefix(String prefix) {
        return services().stream().filter(s -> s.prefix().equalsIgnoreCase(prefix)).findFirst();
    }

    default Optional<CounterInfo> counterByNumber(int number) {
        return counters().stream().filter(c -> c.number() == number).findFirst();
    }
}

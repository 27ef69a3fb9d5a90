package org.sportello.model.setup;

import java.util.List;
import java.util.Map;
import org.sportello.model.auth.Role;
import org.sportello.model.office.Area;
import org.sportello.model.office.OpeningHours;

/** An office's configuration as an IT technician writes it: services, counters, operators. */
public record OfficeSetup(String code, String name, String address, String timeZone,
                          List<ServiceSetup> services, List<CounterSetup> counters, List<OperatorSetup> operators) {

    public record ServiceSetup(String prefix, String nameIt, String nameEn, String descriptionIt,
                               String descriptionEn, Area area, int targetWaitMinutes, int defaultServiceMinutes,
                               int displayOrder, OpeningHours hours) {
    }

    /** @param weights service prefix → call weight */
    public record CounterSetup(int number, String name, Map<String, Integer> weights) {
    }

    /** The initial password is hashed on load and only set for a new operator. */
    public record OperatorSetup(String login, String displayName, Role role, String initialPassword) {
    }
}

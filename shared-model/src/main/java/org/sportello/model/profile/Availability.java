package org.sportello.model.profile;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** What work the person will take: hours, shifts, and how many kilometres they will travel. */
public record Availability(WorkingHours hours, Set<Shift> shifts, int travelKm) {
    public static final int MAX_TRAVEL_KM = 1000;
    public static final Availability UNSAID = new Availability(WorkingHours.EITHER, Set.of(), 0);

    public Availability {
        hours = Objects.requireNonNullElse(hours, WorkingHours.EITHER);
        shifts = shifts == null || shifts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(shifts));
        if (travelKm < 0 || travelKm > MAX_TRAVEL_KM) {
            throw new IllegalArgumentException("travel distance must be 0 to " + MAX_TRAVEL_KM + " km");
        }
    }
}

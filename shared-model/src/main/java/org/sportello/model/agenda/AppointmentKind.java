package org.sportello.model.agenda;

import java.time.Duration;

/**
 * What an appointment is for (seed 000: case-manager talks, specialist services and workshops are booked;
 * company meetings and matching interviews are by appointment). Each kind has a default slot length that a
 * calendar may override.
 */
public enum AppointmentKind {
    CASE_MANAGER_TALK(Duration.ofMinutes(30)),
    ORIENTATION_INTERVIEW(Duration.ofMinutes(45)),
    SPECIALIST_SERVICE(Duration.ofMinutes(60)),
    WORKSHOP(Duration.ofMinutes(120)),
    COMPANY_MEETING(Duration.ofMinutes(30)),
    MATCHING_INTERVIEW(Duration.ofMinutes(30));

    private final Duration defaultLength;

    AppointmentKind(Duration defaultLength) {
        this.defaultLength = defaultLength;
    }

    public Duration defaultLength() {
        return defaultLength;
    }
}

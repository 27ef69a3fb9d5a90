package org.sportello.model.agenda;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One bookable calendar: a case manager's or a specialist's (keyed by the operator's login), or a workshop's
 * (keyed by its own code, with a room and seats).
 *
 * @param owner       the operator's login, or the workshop's code
 * @param name        what the letter and the desk show: the person's name, or the workshop's title
 * @param slotLengths how long one appointment of a kind lasts here; a kind not listed takes its default
 * @param workshop    the room and seats of a workshop, null for a person's calendar
 * @param version     moves with every change, so two supervisors editing one calendar cannot overwrite each other
 */
public record AgendaCalendar(UUID id, String owner, String name, WorkingHours hours,
                             Map<AppointmentKind, Duration> slotLengths, List<Absence> absences, Workshop workshop,
                             long version) {
    public AgendaCalendar {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hours, "hours");
        EnumMap<AppointmentKind, Duration> lengths = new EnumMap<>(AppointmentKind.class);
        slotLengths.forEach((kind, length) -> {
            if (length.isNegative() || length.toMinutes() < 5 || length.toHours() > 8) {
                throw new IllegalArgumentException("a slot lasts 5 minutes to 8 hours, not " + length);
            }
            lengths.put(kind, length);
        });
        slotLengths = java.util.Collections.unmodifiableMap(lengths);
        absences = List.copyOf(absences);
    }

    /** A person's calendar with the office's usual hours and every kind at its default length. */
    public static AgendaCalendar ofPerson(UUID id, String login, String name) {
        return new AgendaCalendar(id, login, name, WorkingHours.officeDefault(), Map.of(), List.of(), null, 1);
    }

    public boolean isWorkshop() {
        return workshop != null;
    }

    /** How many people one slot takes: a workshop's seats, one for a person. */
    public int seats() {
        return workshop == null ? 1 : workshop.seats();
    }

    public Duration lengthOf(AppointmentKind kind) {
        return slotLengths.getOrDefault(kind, kind.defaultLength());
    }

    public AgendaCalendar withHours(WorkingHours changed) {
        return new AgendaCalendar(id, owner, name, changed, slotLengths, absences, workshop, version);
    }

    public AgendaCalendar withAbsences(List<Absence> changed) {
        return new AgendaCalendar(id, owner, name, hours, slotLengths, changed, workshop, version);
    }

    public AgendaCalendar withSlotLengths(Map<AppointmentKind, Duration> changed) {
        return new AgendaCalendar(id, owner, name, hours, changed, absences, workshop, version);
    }
}

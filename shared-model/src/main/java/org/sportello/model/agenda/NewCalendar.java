package org.sportello.model.agenda;

import java.util.EnumMap;
import java.util.Map;

/**
 * What a supervisor fills in to open a calendar (ADR 40): for a case manager or a specialist, the operator's login
 * (the name defaults to theirs); for a workshop, its code, title, room and seats. The values are as typed: the office
 * checks them and names what is wrong in the supervisor's language, so nothing here throws on a bad value.
 *
 * @param workshop    a workshop's calendar rather than a person's
 * @param owner       the operator's login, or the workshop's code
 * @param name        the workshop's title; for a person, empty to take the operator's name
 * @param hours       working hours as {@link WorkingHours#parse} reads them; empty for the office's usual hours
 * @param room        a workshop's room; empty for a person
 * @param seats       a workshop's seats; 0 for a person
 * @param slotMinutes slot lengths that differ from each kind's default
 */
public record NewCalendar(boolean workshop, String owner, String name, String hours, String room, int seats,
                          Map<AppointmentKind, Integer> slotMinutes) {
    public NewCalendar {
        owner = owner == null ? "" : owner.strip();
        name = name == null ? "" : name.strip();
        hours = hours == null ? "" : hours.strip();
        room = room == null ? "" : room.strip();
        EnumMap<AppointmentKind, Integer> lengths = new EnumMap<>(AppointmentKind.class);
        if (slotMinutes != null) {
            lengths.putAll(slotMinutes);
        }
        slotMinutes = java.util.Collections.unmodifiableMap(lengths);
    }

    public static NewCalendar ofPerson(String login, String hours, Map<AppointmentKind, Integer> slotMinutes) {
        return new NewCalendar(false, login, "", hours, "", 0, slotMinutes);
    }

    /** A workshop whose sessions last {@code sessionMinutes} (0: the workshop kind's default). */
    public static NewCalendar ofWorkshop(String code, String title, String room, int seats, String hours,
                                         int sessionMinutes) {
        return new NewCalendar(true, code, title, hours, room, seats, sessionMinutes == 0 ? Map.of()
                : Map.of(AppointmentKind.WORKSHOP, sessionMinutes));
    }
}

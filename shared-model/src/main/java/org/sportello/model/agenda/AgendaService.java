package org.sportello.model.agenda;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;

/**
 * The office agenda (issue 13): calendars, the booking rule and appointments. Operators book, rebook and
 * cancel for a citizen and see their own calendar; supervisors edit calendars and the rule and see everyone's.
 * Times the operator types are wall-clock times of the office's zone.
 */
public interface AgendaService {
    List<AgendaCalendar> calendars(OperatorSession session);

    /** The calendar of {@code owner}; an operator with none yet gets one with the office's usual hours. */
    AgendaCalendar calendar(OperatorSession session, String owner);

    /**
     * Supervisors: saves a calendar whose {@code version} is the one read, else {@code CALENDAR_CHANGED}. Refused
     * with {@code CALENDAR_STRANDS_APPOINTMENTS} when booked appointments to come would fall outside it, and with
     * {@code ABSENCE_IN_THE_PAST} when an absence added is already over (ADR 38).
     */
    AgendaCalendar saveCalendar(OperatorSession session, AgendaCalendar edited);

    /**
     * Supervisors: opens a calendar (ADR 40), for an active operator who has none, or for a workshop. Refused with
     * {@code UNKNOWN_OPERATOR}, {@code CALENDAR_EXISTS} (the owner has one, or a workshop's code is an operator's
     * login), {@code CALENDAR_NAME_TAKEN}, {@code CALENDAR_NAME_MISSING}, {@code CALENDAR_HOURS_INVALID},
     * {@code CALENDAR_SLOT_INVALID}, {@code WORKSHOP_ROOM_MISSING} or {@code WORKSHOP_SEATS_INVALID}.
     */
    AgendaCalendar createCalendar(OperatorSession session, NewCalendar calendar);

    /**
     * Supervisors: the booked appointments still to come that {@code edited} would leave outside its hours, absences
     * or seats, earliest first. {@link #saveCalendar} refuses such an edit with {@code CALENDAR_STRANDS_APPOINTMENTS}
     * (ADR 38); this says which ones before or after the refusal.
     */
    List<Appointment> stranded(OperatorSession session, AgendaCalendar edited);

    BookingRule rule(OperatorSession session);

    /** Supervisors: the office's booking rule. */
    BookingRule saveRule(OperatorSession session, BookingRule rule);

    /**
     * The first free slots the rule gives for the citizen: with {@code with} (a login or workshop code), or with
     * the citizen's case manager when null and the rule says so.
     */
    BookingRule.Proposal propose(OperatorSession session, CodiceFiscale citizen, String with, AppointmentKind kind,
                                 int count);

    /**
     * Books a slot: at {@code at}, or the first the rule proposes when null. Refused with {@code SLOT_TAKEN} when
     * someone else took it first, whatever the concurrency.
     */
    Appointment book(OperatorSession session, CodiceFiscale citizen, String with, AppointmentKind kind,
                     LocalDateTime at, String bring);

    /** Moves an appointment to {@code at} with the same person: a new row, the old one kept as REBOOKED. */
    Appointment rebook(OperatorSession session, UUID appointment, LocalDateTime at, String reason);

    Appointment cancel(OperatorSession session, UUID appointment, String reason);

    Appointment find(OperatorSession session, UUID appointment);

    /**
     * Appointments from {@code first} to {@code last} with {@code with}: the caller's own when null; another's, or
     * everyone's ("*"), needs a supervisor.
     */
    List<Appointment> list(OperatorSession session, String with, LocalDate first, LocalDate last);

    /**
     * Issues, registers and seals the appointment's letter (when, where, with whom, what to bring); its seal is the
     * check-in code at the kiosk. The appointment remembers the letter's protocol number.
     */
    org.sportello.model.documents.IssuedPaper letter(OperatorSession session, UUID appointment,
                                                     java.util.Locale locale);

    /** Every appointment of the citizen, history included, latest first. */
    List<Appointment> ofCitizen(OperatorSession session, CodiceFiscale citizen);

    /**
     * Supervisors: the appointments other offices booked for dossiers moved here that are still to be booked again
     * here, earliest first (ADR 36).
     */
    List<MovedAppointment> toRebook(OperatorSession session);

    /**
     * Books again here an appointment of a dossier moved from another office: same kind and what to bring, with
     * {@code with} (or whom the rule names when null) at {@code at} (or the first slot the rule gives when null). The
     * moved appointment then names the new one and is no longer waiting. Refused with {@code APPOINTMENT_CLOSED} when
     * it is not waiting (rebooked already, or history).
     */
    Appointment rebookMoved(OperatorSession session, UUID moved, String with, LocalDateTime at);

    /**
     * Supervisors: the citizen no longer needs an appointment of a dossier moved here (ADR 40). It leaves the
     * to-rebook list and keeps who dismissed it, when and why. Refused with {@code REASON_REQUIRED} without a reason,
     * and with {@code APPOINTMENT_CLOSED} when it is not waiting (rebooked, dismissed already, or history).
     */
    MovedAppointment dismissMoved(OperatorSession session, UUID moved, String reason);
}

package org.sportello.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.agenda.AgendaService;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.model.agenda.Slot;
import org.sportello.model.agenda.SlotGenerator;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.SportelloException;
import org.sportello.model.setup.DemoPeople;

/**
 * A day of appointments in the demo office (issue 13): calendars for the demo's operators and, for each of the
 * README's demo citizens, one appointment today (or the next working day when today has no hours left), so a new
 * user sees the agenda at the desk (Shift+F11, Shift+F10) and check-in at the kiosk. Booked through the agenda
 * service as a supervisor would; a demo already seeded keeps its appointments.
 */
final class DemoAgenda {
    private DemoAgenda() {
    }

    /** How many appointments were booked now (0 when the demo already had them). */
    static int seed(AgendaService agenda, OperatorSession supervisor, ZoneId zone, Clock clock) {
        for (String login : List.of("mrossi", "lbianchi", "gverdi")) {
            agenda.calendar(supervisor, login);
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        // Paolo Conti first, at the first free slot from now: the demo's "Paolo Conti" card (printed-tickets window)
        // checks him in at once (see CHECK_IN_EARLY); the others from a quarter of an hour on.
        List<String[]> who = List.of(new String[] {DemoPeople.PAOLO_CONTI, "mrossi"},
                new String[] {DemoPeople.MARIO_ROSSI, "mrossi"}, new String[] {DemoPeople.SARA_ESPOSITO, "lbianchi"},
                new String[] {DemoPeople.GIULIA_BIANCHI, "lbianchi"});
        int booked = 0;
        for (String[] w : who) {
            CodiceFiscale cf = CodiceFiscale.of(w[0], today);
            // A demo started again on a later day books again: yesterday's appointment is no use to a new user.
            boolean has = agenda.ofCitizen(supervisor, cf).stream()
                    .anyMatch(a -> a.status().holdsPlace() && a.startsAt().isAfter(clock.instant()));
            if (has) {
                continue;
            }
            LocalDateTime at = firstFree(agenda, supervisor, w[1], zone, clock, today,
                    w[0].equals(DemoPeople.PAOLO_CONTI) ? Duration.ZERO : Duration.ofMinutes(15));
            if (at == null) {
                continue;
            }
            try {
                agenda.book(supervisor, cf, w[1], AppointmentKind.CASE_MANAGER_TALK, at,
                        "Documento d'identità e tessera sanitaria");
                booked++;
            } catch (SportelloException taken) {
                // Another run of the demo booked it meanwhile: the demo still has its day.
            }
        }
        return booked;
    }

    /**
     * How early the demo office lets a booked citizen check in: the slot's length, so the first free slot from now is
     * already open for check-in (the shipped rule says 15 minutes).
     */
    static final Duration CHECK_IN_EARLY = AppointmentKind.CASE_MANAGER_TALK.defaultLength();

    /** The first free slot of {@code login} starting after now plus {@code notice}, today first, else the following days. */
    private static LocalDateTime firstFree(AgendaService agenda, OperatorSession supervisor, String login, ZoneId zone,
                                           Clock clock, LocalDate today, Duration notice) {
        var calendar = agenda.calendar(supervisor, login);
        var held = agenda.list(supervisor, login, today, today.plusDays(14)).stream()
                .filter(a -> a.status().holdsPlace()).map(org.sportello.model.agenda.Appointment::held).toList();
        return SlotGenerator.free(calendar, AppointmentKind.CASE_MANAGER_TALK, today, today.plusDays(14), zone, held)
                .stream().filter(s -> s.startsAt().isAfter(clock.instant().plus(notice)))
                .map(Slot::start).findFirst().orElse(null);
    }
}

package org.sportello.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.model.agenda.AppointmentStatus;
import org.sportello.model.agenda.MovedAppointment;
import org.sportello.model.cases.CaseStanding;
import org.sportello.model.cases.CaseView;
import org.sportello.model.cases.Talks;
import org.sportello.model.person.EmploymentStatus;

/** Appointments of a dossier moved from another office (ADR 36) cross the wire whole, alone and in a case. */
class MovedAppointmentWireTest {
    private static final Instant THURSDAY = Instant.parse("2026-11-26T08:00:00Z");

    @Test
    void aWaitingAndARebookedOneSurviveTheRoundTrip() {
        MovedAppointment waiting = new MovedAppointment(UUID.randomUUID(), "RM01", "RSSMRA85T10A562S", "fneri",
                "Franca Neri", AppointmentKind.ORIENTATION_INTERVIEW, THURSDAY, THURSDAY.plusSeconds(2700),
                AppointmentStatus.TO_BE_REBOOKED, "Curriculum", true, null);
        MovedAppointment done = new MovedAppointment(UUID.randomUUID(), "RM01", "RSSMRA85T10A562S", "fneri",
                "Franca Neri", AppointmentKind.CASE_MANAGER_TALK, THURSDAY, THURSDAY.plusSeconds(1800),
                AppointmentStatus.BOOKED, "", true, UUID.randomUUID());

        assertThat(AgendaWire.movedFromMsg(AgendaWire.toMsg(waiting))).isEqualTo(waiting);
        assertThat(AgendaWire.movedFromMsg(AgendaWire.toMsg(done))).isEqualTo(done);
        assertThat(done.statusHere()).isEqualTo(AppointmentStatus.REBOOKED);
        assertThat(waiting.waiting()).isTrue();

        CaseView v = new CaseView("RSSMRA85T10A562S", "Mario Rossi", LocalDate.of(2026, 11, 24),
                new EmploymentStatus(EmploymentStatus.State.values()[0], null, null), null, List.of(), null, null, null,
                List.of(), new CaseStanding(new Talks(0, 0, null), null, List.of(), List.of()), List.of(),
                List.of(waiting, done), List.of());
        CaseView back = CaseWire.caseFromMsg(CaseWire.toMsg(v));
        assertThat(back.movedAppointments()).containsExactly(waiting, done);
        assertThat(back.toRebook()).containsExactly(waiting);
    }
}

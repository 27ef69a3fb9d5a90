package org.sportello.model.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sportello.model.agenda.MovedAppointment;
import org.sportello.model.person.EmploymentStatus;

/**
 * A citizen's case as a desk (or {@code sportello dossier show --json}) shows it: the derived status,
 * the DID and its history, the case manager, the latest pact's protocol number, the agreed measures and
 * where the contact plan stands on {@code today} (the office's day), the appointments the citizen missed,
 * latest first (issue 13), the appointments other offices booked before the dossier moved here, earliest first:
 * the ones to be booked again here and the rest as history (ADR 36), and the attendance stamps, latest first
 * (ADR 35).
 */
public record CaseView(String taxCode, String name, LocalDate today, EmploymentStatus status, DidEntry did,
                       List<DidEntry> didHistory, CaseOwner caseManager, LocalDate takenOn, String pact,
                       List<Measure> measures, CaseStanding standing, List<NoShow> noShows,
                       List<MovedAppointment> movedAppointments, List<org.sportello.model.stamps.Stamp> stamps) {
    public CaseView {
        Objects.requireNonNull(taxCode, "taxCode");
        Objects.requireNonNull(status, "status");
        didHistory = List.copyOf(didHistory);
        measures = List.copyOf(measures);
        Objects.requireNonNull(standing, "standing");
        noShows = noShows == null ? List.of() : List.copyOf(noShows);
        movedAppointments = movedAppointments == null ? List.of() : List.copyOf(movedAppointments);
        stamps = stamps == null ? List.of() : List.copyOf(stamps);
    }

    /** A case without appointments from other offices nor attendance stamps (callers written before ADR 35 and 36). */
    public CaseView(String taxCode, String name, LocalDate today, EmploymentStatus status, DidEntry did,
                    List<DidEntry> didHistory, CaseOwner caseManager, LocalDate takenOn, String pact,
                    List<Measure> measures, CaseStanding standing, List<NoShow> noShows) {
        this(taxCode, name, today, status, did, didHistory, caseManager, takenOn, pact, measures, standing, noShows,
                List.of(), List.of());
    }

    /** The appointments other offices booked that this office must book again, earliest first (ADR 36). */
    public List<MovedAppointment> toRebook() {
        return movedAppointments.stream().filter(MovedAppointment::waiting).toList();
    }

    /** A case with no missed appointments (callers written before issue 13's no-shows). */
    public CaseView(String taxCode, String name, LocalDate today, EmploymentStatus status, DidEntry did,
                    List<DidEntry> didHistory, CaseOwner caseManager, LocalDate takenOn, String pact,
                    List<Measure> measures, CaseStanding standing) {
        this(taxCode, name, today, status, did, didHistory, caseManager, takenOn, pact, measures, standing, List.of());
    }
}

package org.sportello.model.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sportello.model.person.EmploymentStatus;

/**
 * A citizen's case as a desk (or {@code sportello dossier show --json}) shows it: the derived status,
 * the DID and its history, the case manager, the latest pact's protocol number, the agreed measures and
 * where the contact plan stands on {@code today} (the office's day), and the appointments the citizen missed,
 * latest first, and the attendance stamps, latest first (issue 13).
 */
public record CaseView(String taxCode, String name, LocalDate today, EmploymentStatus status, DidEntry did,
                       List<DidEntry> didHistory, CaseOwner caseManager, LocalDate takenOn, String pact,
                       List<Measure> measures, CaseStanding standing, List<NoShow> noShows,
                       List<org.sportello.model.stamps.Stamp> stamps) {
    public CaseView {
        Objects.requireNonNull(taxCode, "taxCode");
        Objects.requireNonNull(status, "status");
        didHistory = List.copyOf(didHistory);
        measures = List.copyOf(measures);
        Objects.requireNonNull(standing, "standing");
        noShows = noShows == null ? List.of() : List.copyOf(noShows);
        stamps = stamps == null ? List.of() : List.copyOf(stamps);
    }

    /** A case without attendance stamps (callers written before issue 13's stamping). */
    public CaseView(String taxCode, String name, LocalDate today, EmploymentStatus status, DidEntry did,
                    List<DidEntry> didHistory, CaseOwner caseManager, LocalDate takenOn, String pact,
                    List<Measure> measures, CaseStanding standing, List<NoShow> noShows) {
        this(taxCode, name, today, status, did, didHistory, caseManager, takenOn, pact, measures, standing, noShows,
                List.of());
    }

    /** A case with no missed appointments (callers written before issue 13's no-shows). */
    public CaseView(String taxCode, String name, LocalDate today, EmploymentStatus status, DidEntry did,
                    List<DidEntry> didHistory, CaseOwner caseManager, LocalDate takenOn, String pact,
                    List<Measure> measures, CaseStanding standing) {
        this(taxCode, name, today, status, did, didHistory, caseManager, takenOn, pact, measures, standing, List.of());
    }
}

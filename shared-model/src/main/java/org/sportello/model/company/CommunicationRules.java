package org.sportello.model.company;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.codicefiscale.CodiceFiscaleCheck;
import org.sportello.model.person.JobMovement;
import org.sportello.model.profile.Occupations;
import org.sportello.model.protocol.Subject;
import org.sportello.model.protocol.SubjectKind;

/**
 * The rules a communication is checked by before its stamped copy is printed: what it must say
 * (complete and valid codes), and when it is late by the office's deadline rules.
 */
public final class CommunicationRules {
    public static final int MAX_PAGES = 200;

    private final Map<JobMovement.Kind, DeadlineRule> deadlines = new EnumMap<>(JobMovement.Kind.class);

    public CommunicationRules(List<DeadlineRule> rules) {
        rules.forEach(r -> deadlines.put(r.kind(), r));
    }

    /** The shipped defaults (V11_6 writes the same rows). */
    public static List<DeadlineRule> defaults() {
        return List.of(new DeadlineRule(JobMovement.Kind.HIRING, -1), new DeadlineRule(JobMovement.Kind.TERMINATION, 5),
                new DeadlineRule(JobMovement.Kind.TRANSFORMATION, 5), new DeadlineRule(JobMovement.Kind.EXTENSION, 5));
    }

    public Optional<DeadlineRule> rule(JobMovement.Kind kind) {
        return Optional.ofNullable(deadlines.get(kind));
    }

    /** Lateness when the kind has a rule and the event date is known; empty otherwise. */
    public Optional<Lateness> lateness(CompanyCommunication c, LocalDate handedInOn) {
        if (c.kind() == null || c.eventOn() == null) {
            return Optional.empty();
        }
        return rule(c.kind()).map(r -> Lateness.of(r.deadline(c.eventOn()), handedInOn));
    }

    /** What is missing or not valid, in the form's order; empty when the communication is complete. */
    public static List<CommunicationField> missing(CompanyCommunication c, LocalDate today) {
        List<CommunicationField> out = new ArrayList<>();
        if (employer(c.employerCode(), today).isEmpty()) {
            out.add(CommunicationField.EMPLOYER_CODE);
        }
        if (c.employerName() == null) {
            out.add(CommunicationField.EMPLOYER_NAME);
        }
        if (worker(c.workerCode(), today).isEmpty()) {
            out.add(CommunicationField.WORKER_CODE);
        }
        if (c.workerFamilyName() == null || c.workerGivenNames() == null) {
            out.add(CommunicationField.WORKER_NAME);
        }
        if (c.kind() == null || c.eventOn() == null) {
            out.add(CommunicationField.EVENT_DATE);
        }
        boolean needsEnd = c.kind() == JobMovement.Kind.EXTENSION
                || (c.kind() == JobMovement.Kind.HIRING && c.contractType() == ContractType.FIXED_TERM);
        if ((needsEnd && c.endOn() == null)
                || (c.endOn() != null && c.eventOn() != null && c.endOn().isBefore(c.eventOn()))) {
            out.add(CommunicationField.END_DATE);
        }
        if (c.contractType() == null) {
            out.add(CommunicationField.CONTRACT_TYPE);
        }
        if (!Occupations.isco08().known(c.occupationCode())) {
            out.add(CommunicationField.OCCUPATION);
        }
        if (c.pages() < 1 || c.pages() > MAX_PAGES) {
            out.add(CommunicationField.PAGES);
        }
        return out;
    }

    /** The employer as a checked subject: a partita IVA, or a sole trader's codice fiscale. */
    public static Optional<Subject.Company> employer(String code, LocalDate today) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of((Subject.Company) Subject.parse(SubjectKind.COMPANY, code, today));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static Optional<CodiceFiscale> worker(String code, LocalDate today) {
        if (code == null) {
            return Optional.empty();
        }
        return CodiceFiscale.check(code, today) instanceof CodiceFiscaleCheck.Valid v
                ? Optional.of(v.codiceFiscale()) : Optional.empty();
    }
}

package org.sportello.model.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.cases.CaseFiles;
import org.sportello.model.person.PersonFile;
import org.sportello.model.person.PersonRecords;
import org.sportello.model.protocol.ProtocolNumber;
import org.sportello.model.protocol.Subject;

/**
 * The office's side of {@link DocumentService}: what a desk chose becomes a document's facts from the
 * office's own person records and its own clock (never the desk's), then {@link DocumentIssuer}
 * registers, seals, renders and archives it. Runs in the office server, beside the signing key.
 */
public final class OfficeDocuments implements DocumentService {
    private final DocumentIssuer issuer;
    private final PersonRecords people;
    private final ZoneId zone;
    private final Clock clock;
    private final CaseFiles cases;
    /** The stamps an attendance certificate lists; null in an office wired without stamping. */
    private final org.sportello.model.stamps.StampService stamps;

    public OfficeDocuments(DocumentIssuer issuer, PersonRecords people, ZoneId zone, Clock clock) {
        this(issuer, people, CaseFiles.NONE, zone, clock);
    }

    public OfficeDocuments(DocumentIssuer issuer, PersonRecords people, CaseFiles cases, ZoneId zone, Clock clock) {
        this(issuer, people, cases, null, zone, clock);
    }

    public OfficeDocuments(DocumentIssuer issuer, PersonRecords people, CaseFiles cases,
                           org.sportello.model.stamps.StampService stamps, ZoneId zone, Clock clock) {
        this.stamps = stamps;
        this.cases = Objects.requireNonNull(cases, "cases");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.people = Objects.requireNonNull(people, "people");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public IssuedPaper issue(OperatorSession session, DocumentKind kind, Subject subject, DocumentDetails details,
                             Locale locale) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        DocumentDetails given = details == null ? DocumentDetails.NONE : details;
        requireFits(kind, subject, given);
        Instant now = clock.instant();
        CertificateFacts facts = new CertificateFacts(LocalDate.ofInstant(now, zone), now);
        DocumentFacts composed = switch (subject) {
            case Subject.Person p -> {
                PersonFile file = people.find(session, p.codiceFiscale()).orElseThrow(() ->
                        new SportelloException(Problem.PERSON_UNKNOWN, p.codiceFiscale().canonical()));
                yield switch (kind) {
                    case SERVICE_PACT -> facts.forPact(file, cases.pact(session, file.codiceFiscale()));
                    case ATTENDANCE_CERTIFICATE -> facts.forStamps(file, stamps == null ? List.of()
                            : stamps.of(session, file.codiceFiscale()), zone);
                    default -> facts.forPerson(kind, file, given);
                };
            }
            case Subject.Company c -> facts.forCompany(kind, c, given);
        };
        IssuedPaper paper = issuer.issue(session, composed, locale).paper();
        if (composed instanceof DocumentFacts.ServicePact pact) {
            // The register holds the number already; the case only points at its latest pact.
            cases.pactIssued(session, pact.person().codiceFiscale(), paper.entry().number());
        }
        return paper;
    }

    @Override
    public DuplicatePaper reprint(OperatorSession session, ProtocolNumber number) {
        return issuer.reprint(session, number).paper();
    }

    /** What the desk checks with its own words, checked again here: a desk is not trusted to have. */
    private static void requireFits(DocumentKind kind, Subject subject, DocumentDetails d) {
        if (!CertificateFacts.subjects(kind).contains(subject.kind())) {
            throw invalid(kind.slug() + " is not issued to a " + subject.kind().name().toLowerCase(Locale.ROOT));
        }
        if (subject instanceof Subject.Company && d.companyName() == null) {
            throw invalid(kind.slug() + " needs the company's name");
        }
        switch (kind) {
            case STAMPED_RECEIPT -> throw invalid(kind.slug()
                    + " is stamped from the company communication recorded at the desk, once it is complete");
            case DOCUMENTS_RECEIPT -> {
                if (d.items().isEmpty()) {
                    throw invalid(kind.slug() + " needs the papers received");
                }
            }
            case VACANCY_SHORTLIST -> throw invalid(kind.slug()
                    + " is printed from the vacancy's candidates, where the contacts say who agreed");
            case APPOINTMENT_LETTER -> {
                if (d.appointmentAt() == null || d.place() == null || d.purpose() == null) {
                    throw invalid(kind.slug() + " needs the appointment's time, place and purpose");
                }
            }
            default -> {
                // Certificates state only what the office's records say.
            }
        }
    }

    private static SportelloException invalid(String why) {
        return new SportelloException(Problem.INVALID_REQUEST, why);
    }
}

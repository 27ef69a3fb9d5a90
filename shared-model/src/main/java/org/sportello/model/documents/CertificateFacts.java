package org.sportello.model.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.person.AvailabilityDeclaration;
import org.sportello.model.cases.PactContent;
import org.sportello.model.person.EmploymentStatus;
import org.sportello.model.person.EmploymentStatusRule;
import org.sportello.model.person.PersonFile;
import org.sportello.model.protocol.DocumentHash;
import org.sportello.model.protocol.Subject;
import org.sportello.model.protocol.SubjectKind;

/**
 * Turns what the office holds about a subject, plus what the operator typed, into a document's
 * facts. A certificate states only what the register of persons says: when a fact it needs is not
 * there (no registration, no DID in force) the answer is a {@link SportelloException} that names
 * it, never a certificate with a blank.
 */
public final class CertificateFacts {
    private final LocalDate today;
    private final Instant now;

    public CertificateFacts(LocalDate today, Instant now) {
        this.today = today;
        this.now = now;
    }

    /** Who a kind can be issued to. */
    public static Set<SubjectKind> subjects(DocumentKind kind) {
        return switch (kind) {
            case STAMPED_RECEIPT, VACANCY_SHORTLIST -> EnumSet.of(SubjectKind.COMPANY);
            case DOCUMENTS_RECEIPT -> EnumSet.of(SubjectKind.PERSON, SubjectKind.COMPANY);
            default -> EnumSet.of(SubjectKind.PERSON);
        };
    }

    /** A kind about a person, from their file. */
    public DocumentFacts forPerson(DocumentKind kind, PersonFile file, DocumentDetails details) {
        Objects.requireNonNull(file, "file");
        if (!subjects(kind).contains(SubjectKind.PERSON)) {
            throw new IllegalArgumentException(kind + " is not issued to a person");
        }
        var p = file.person();
        return switch (kind) {
            case EMPLOYMENT_STATUS_CERTIFICATE -> employmentStatus(file);
            case STATUS_HISTORY -> new DocumentFacts.StatusHistory(p, file.movementsUntil(today), file.registeredOn(),
                    EmploymentStatusRule.on(file, today));
            case DID_ATTESTATION -> new DocumentFacts.DidAttestation(p, file.availabilityOn(today)
                    .map(AvailabilityDeclaration::declaredOn)
                    .orElseThrow(() -> new SportelloException(Problem.NO_AVAILABILITY_DECLARATION, p.fullName(),
                            file.codiceFiscale().canonical())));
            case REGISTRATION_CERTIFICATE -> new DocumentFacts.Registration(p, registration(file));
            case DOCUMENTS_RECEIPT -> new DocumentFacts.DocumentsReceipt(new Subject.Person(file.codiceFiscale()),
                    p.fullName(), details.items());
            case APPOINTMENT_LETTER -> new DocumentFacts.AppointmentLetter(p, details.appointmentAt(), details.place(),
                    details.caseManager(), details.purpose(), details.items());
            case SERVICE_PACT -> throw new IllegalArgumentException("a pact is composed from the case: forPact");
            case ATTENDANCE_CERTIFICATE -> throw new IllegalArgumentException(
                    "an attendance certificate is composed from the stamps: forStamps");
            case STAMPED_RECEIPT, VACANCY_SHORTLIST -> throw new IllegalStateException("checked above");
        };
    }

    /**
     * The certificate of a person's attendance stamps, oldest first, times in {@code zone}; refused with NO_STAMPS
     * when the file holds none (a certificate of nothing would read as a certificate of absence).
     */
    public DocumentFacts forStamps(PersonFile file, java.util.List<org.sportello.model.stamps.Stamp> stamps,
                                   java.time.ZoneId zone) {
        Objects.requireNonNull(file, "file");
        if (stamps.isEmpty()) {
            throw new SportelloException(Problem.NO_STAMPS, file.person().fullName(), file.codiceFiscale().canonical());
        }
        return new DocumentFacts.AttendanceCertificate(file.person(), stamps.stream()
                .sorted(java.util.Comparator.comparing(org.sportello.model.stamps.Stamp::at))
                .map(s -> new DocumentFacts.StampLine(java.time.LocalDateTime.ofInstant(s.at(), zone),
                        s.number().format())).toList());
    }

    /** The service pact of a person, from their file and their case. */
    public DocumentFacts forPact(PersonFile file, PactContent pact) {
        Objects.requireNonNull(file, "file");
        return new DocumentFacts.ServicePact(file.person(), pact);
    }

    /**
     * Why {@code kind} cannot be issued from {@code file} today, as the refusal issuing would give; empty when
     * it can. The desk shows it before the operator presses issue.
     */
    public java.util.Optional<SportelloException> lacking(DocumentKind kind, PersonFile file) {
        try {
            switch (kind) {
                case EMPLOYMENT_STATUS_CERTIFICATE, DID_ATTESTATION, REGISTRATION_CERTIFICATE ->
                        forPerson(kind, file, DocumentDetails.NONE);
                default -> {
                    // The others state what the register holds, or take what the operator types.
                }
            }
            return java.util.Optional.empty();
        } catch (SportelloException e) {
            return java.util.Optional.of(e);
        }
    }

    /** A kind about a company; its name comes from the operator (pre-filled from its communications). */
    public DocumentFacts forCompany(DocumentKind kind, Subject.Company company, DocumentDetails details) {
        if (!subjects(kind).contains(SubjectKind.COMPANY)) {
            throw new IllegalArgumentException(kind + " is not issued to a company");
        }
        if (kind == DocumentKind.VACANCY_SHORTLIST) {
            throw new IllegalArgumentException("a shortlist is composed from the vacancy's contacts");
        }
        String name = Objects.requireNonNull(details.companyName(), "company name");
        if (kind == DocumentKind.DOCUMENTS_RECEIPT) {
            return new DocumentFacts.DocumentsReceipt(company, name, details.items());
        }
        // A communication handed in on paper has no file: the receipt's hash names what was recorded of it.
        String received = String.join("\n", "sportello-desk-communication-v1", company.code(), name,
                details.communication(), Integer.toString(details.pages()), now.toString());
        return new DocumentFacts.StampedReceipt(company, name, details.communication(), details.pages(), now,
                DocumentHash.sha256(received));
    }

    /**
     * Unemployment only with a DID on file and no job since it (ADR 29, {@link EmploymentStatusRule}); without
     * one the certificate is refused with what is missing, never printed as unemployment.
     */
    private DocumentFacts.EmploymentStatus employmentStatus(PersonFile file) {
        LocalDate registered = registration(file);
        EmploymentStatus status = EmploymentStatusRule.on(file, today);
        String name = file.person().fullName();
        String code = file.codiceFiscale().canonical();
        EmploymentState state = switch (status.state()) {
            case UNEMPLOYED -> EmploymentState.UNEMPLOYED;
            case EMPLOYED -> EmploymentState.EMPLOYED;
            case NO_DID -> throw new SportelloException(Problem.EMPLOYMENT_STATUS_NEEDS_DID, name, code);
            case DID_LAPSED -> throw new SportelloException(Problem.DID_LAPSED_BY_JOB, name, code,
                    status.didOn().toString(), status.since().toString());
        };
        return new DocumentFacts.EmploymentStatus(file.person(), state, status.since(), registered, status.didOn());
    }

    private static LocalDate registration(PersonFile file) {
        return file.registration().orElseThrow(() -> new SportelloException(Problem.PERSON_NOT_REGISTERED,
                file.person().fullName(), file.codiceFiscale().canonical()));
    }
}

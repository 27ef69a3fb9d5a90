package org.sportello.model.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.sportello.model.person.JobMovement;
import org.sportello.model.person.Person;
import org.sportello.model.protocol.DocumentHash;
import org.sportello.model.protocol.Subject;

/**
 * What a document states, one record per kind. The subject is always a validated type (a {@link
 * Person} holds a checked codice fiscale), so a malformed code cannot be printed.
 */
public sealed interface DocumentFacts {
    DocumentKind kind();

    Subject subject();

    String subjectName();

    /** Facts about a person. */
    sealed interface AboutPerson extends DocumentFacts {
        Person person();

        @Override
        default Subject subject() {
            return new Subject.Person(person().codiceFiscale());
        }

        @Override
        default String subjectName() {
            return person().fullName();
        }
    }

    record EmploymentStatus(Person person, EmploymentState state, LocalDate since, LocalDate registeredOn,
                            LocalDate availableSince) implements AboutPerson {
        public EmploymentStatus {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(since, "since");
        }

        @Override
        public DocumentKind kind() {
            return DocumentKind.EMPLOYMENT_STATUS_CERTIFICATE;
        }
    }

    /**
     * The status history ("C2 / storico"): the movements, and what the register shows today (registration,
     * DID, derived status; null when composed without a file, e.g. a sample).
     */
    record StatusHistory(Person person, List<JobMovement> movements, LocalDate registeredOn,
                         org.sportello.model.person.EmploymentStatus status) implements AboutPerson {
        public StatusHistory {
            Objects.requireNonNull(person, "person");
            movements = List.copyOf(movements);
        }

        public StatusHistory(Person person, List<JobMovement> movements) {
            this(person, movements, null, null);
        }

        @Override
        public DocumentKind kind() {
            return DocumentKind.STATUS_HISTORY;
        }
    }

    record DidAttestation(Person person, LocalDate declaredOn) implements AboutPerson {
        public DidAttestation {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(declaredOn, "declaredOn");
        }

        @Override
        public DocumentKind kind() {
            return DocumentKind.DID_ATTESTATION;
        }
    }

    record Registration(Person person, LocalDate registeredOn) implements AboutPerson {
        public Registration {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(registeredOn, "registeredOn");
        }

        @Override
        public DocumentKind kind() {
            return DocumentKind.REGISTRATION_CERTIFICATE;
        }
    }

    /**
     * A letter calling the person to an appointment. {@code bring} lists what they must bring besides an
     * identity document and the health card (always asked); the letter's seal is also its check-in code at the
     * kiosk (ADR 34).
     */
    record AppointmentLetter(Person person, LocalDateTime at, String place, String caseManager, String purpose,
                             java.util.List<String> bring)
            implements AboutPerson {
        public AppointmentLetter {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(purpose, "purpose");
            bring = bring == null ? java.util.List.of() : java.util.List.copyOf(bring);
        }

        public AppointmentLetter(Person person, LocalDateTime at, String place, String caseManager, String purpose) {
            this(person, at, place, caseManager, purpose, java.util.List.of());
        }

        @Override
        public DocumentKind kind() {
            return DocumentKind.APPOINTMENT_LETTER;
        }
    }

    /** The personalised service pact: who manages the case, the DID, the agreed measures and the plan's deadlines. */
    record ServicePact(Person person, org.sportello.model.cases.PactContent pact) implements AboutPerson {
        public ServicePact {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(pact, "pact");
            if (pact.measures().isEmpty()) {
                throw new IllegalArgumentException("a pact has at least one measure");
            }
        }

        @Override
        public DocumentKind kind() {
            return DocumentKind.SERVICE_PACT;
        }
    }

    /**
     * The stamped copy ("copia timbrata") handed back to a company for its communication; the hash
     * is the received file's (or the scanned form's), so the receipt names exactly what came in.
     */
    record StampedReceipt(Subject.Company company, String companyName, String communication, int pages,
                          Instant receivedAt, DocumentHash receivedHash) implements DocumentFacts {
        public StampedReceipt {
            Objects.requireNonNull(company, "company");
            Objects.requireNonNull(companyName, "companyName");
            Objects.requireNonNull(communication, "communication");
            Objects.requireNonNull(receivedAt, "receivedAt");
            Objects.requireNonNull(receivedHash, "receivedHash");
            if (pages < 1) {
                throw new IllegalArgumentException("a communication has at least one page");
            }
        }

        @Override
        public DocumentKind kind() {
            return DocumentKind.STAMPED_RECEIPT;
        }

        @Override
        public Subject subject() {
            return company;
        }

        @Override
        public String subjectName() {
            return companyName;
        }
    }

    /**
     * The shortlist a company receives for its vacancy: only what it needs to meet the candidates (GDPR art. 5(1)(c)):
     * each candidate's name, their phone and e-mail only when they agreed to share them (else null: the company
     * goes through the office), and the requirements of the vacancy they meet. No codice fiscale, birth date,
     * address, status or what they lack.
     */
    record VacancyShortlist(Subject.Company company, String companyName, String vacancyTitle, String reference,
                            String municipality, List<ShortlistEntry> candidates) implements DocumentFacts {
        public VacancyShortlist {
            Objects.requireNonNull(company, "company");
            Objects.requireNonNull(companyName, "companyName");
            Objects.requireNonNull(vacancyTitle, "vacancyTitle");
            Objects.requireNonNull(reference, "reference");
            candidates = List.copyOf(candidates);
            if (candidates.isEmpty()) {
                throw new IllegalArgumentException("a shortlist names at least one candidate");
            }
        }

        @Override
        public DocumentKind kind() {
            return DocumentKind.VACANCY_SHORTLIST;
        }

        @Override
        public Subject subject() {
            return company;
        }

        @Override
        public String subjectName() {
            return companyName;
        }
    }

    /** One candidate on a shortlist; {@code meets} are the fit's met reasons, which the paper words. */
    record ShortlistEntry(String name, String phone, String email, List<org.sportello.model.offers.FitReason> meets) {
        public ShortlistEntry {
            Objects.requireNonNull(name, "name");
            meets = List.copyOf(meets);
        }
    }

    /**
     * The certificate of attendance stamps (issue 13, ADR 35): every stamp in the citizen's file, oldest first, with
     * its wall-clock time in the office's zone and its protocol number.
     */
    record AttendanceCertificate(Person person, List<StampLine> stamps) implements AboutPerson {
        public AttendanceCertificate {
            Objects.requireNonNull(person, "person");
            stamps = List.copyOf(stamps);
            if (stamps.isEmpty()) {
                throw new IllegalArgumentException("an attendance certificate lists at least one stamp");
            }
        }

        @Override
        public DocumentKind kind() {
            return DocumentKind.ATTENDANCE_CERTIFICATE;
        }
    }

    /** One stamp as the certificate prints it. */
    record StampLine(LocalDateTime at, String number) {
        public StampLine {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(number, "number");
        }
    }

    record DocumentsReceipt(Subject subject, String subjectName, List<String> items) implements DocumentFacts {
        public DocumentsReceipt {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(subjectName, "subjectName");
            items = List.copyOf(items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("a receipt lists at least one document");
            }
        }

        @Override
        public DocumentKind kind() {
            return DocumentKind.DOCUMENTS_RECEIPT;
        }
    }
}

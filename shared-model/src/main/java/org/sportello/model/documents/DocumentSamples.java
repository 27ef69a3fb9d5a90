package org.sportello.model.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.sportello.model.company.PartitaIva;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.person.JobMovement;
import org.sportello.model.person.Person;
import org.sportello.model.protocol.DocumentHash;
import org.sportello.model.protocol.ProtocolNumber;
import org.sportello.model.protocol.Subject;
import org.sportello.model.seal.OfficeSigner;
import org.sportello.model.setup.OfficeSetup;
import org.sportello.model.setup.OfficeSetupFile;

/**
 * Specimens of every kind, for "sportello documents render --sample" and for looking at the
 * layout. A specimen touches no database: it carries the office code {@value #SAMPLE_OFFICE}, a
 * throw-away key and a "sample" watermark, so it can never pass for a real paper.
 */
public final class DocumentSamples {
    public static final String SAMPLE_OFFICE = "SAMPLE";
    /** Dates in the specimens are relative to the day they are made, so they always look current. */
    private final LocalDate today;
    private final ZoneId zone;

    public DocumentSamples(LocalDate today, ZoneId zone) {
        this.today = today;
        this.zone = zone;
    }

    /** The sample person, or a person with the given code (already validated: it is a type). */
    public Person person(CodiceFiscale code) {
        return new Person(code, "Rossi", "Mario", "Roma");
    }

    public CodiceFiscale samplePersonCode() {
        return CodiceFiscale.of("RSSMRA85T10H501" + CodiceFiscale.checkCharacter("RSSMRA85T10H501"), today);
    }

    public DocumentFacts facts(DocumentKind kind, CodiceFiscale code) {
        Person p = person(code);
        Subject.Company acme = new Subject.Company(PartitaIva.parse("01234567897").orElseThrow());
        return switch (kind) {
            case EMPLOYMENT_STATUS_CERTIFICATE -> new DocumentFacts.EmploymentStatus(p, EmploymentState.UNEMPLOYED,
                    today.minusMonths(7), today.minusYears(3), today.minusMonths(7));
            case STATUS_HISTORY -> new DocumentFacts.StatusHistory(p, List.of(
                    new JobMovement(JobMovement.Kind.HIRING, today.minusYears(3), "01234567897",
                            "Officine Felsinee S.r.l.", "Tempo determinato", "Magazziniere"),
                    new JobMovement(JobMovement.Kind.EXTENSION, today.minusYears(2).minusMonths(6), "01234567897",
                            "Officine Felsinee S.r.l.", "Tempo determinato", "Magazziniere"),
                    new JobMovement(JobMovement.Kind.TRANSFORMATION, today.minusYears(2), "01234567897",
                            "Officine Felsinee S.r.l.", "Tempo indeterminato", "Capo magazzino"),
                    new JobMovement(JobMovement.Kind.TERMINATION, today.minusMonths(7), "01234567897",
                            "Officine Felsinee S.r.l.", "Tempo indeterminato", "Capo magazzino")));
            case DID_ATTESTATION -> new DocumentFacts.DidAttestation(p, today.minusMonths(7));
            case REGISTRATION_CERTIFICATE -> new DocumentFacts.Registration(p, today.minusYears(3));
            case STAMPED_RECEIPT -> new DocumentFacts.StampedReceipt(acme, "Officine Felsinee S.r.l.",
                    "UniLav - comunicazione obbligatoria di assunzione", 3,
                    today.atTime(9, 42).atZone(zone).toInstant(),
                    DocumentHash.sha256("specimen of a company communication"));
            case DOCUMENTS_RECEIPT -> new DocumentFacts.DocumentsReceipt(new Subject.Person(code), p.fullName(),
                    List.of("Curriculum vitae", "Copia del documento di identità", "Attestato di qualifica professionale"));
            case APPOINTMENT_LETTER -> new DocumentFacts.AppointmentLetter(p,
                    LocalDateTime.of(today.plusDays(7), java.time.LocalTime.of(10, 30)),
                    "Sportello 2", "Giulia Verdi", "Colloquio di orientamento e patto di servizio");
            case VACANCY_SHORTLIST -> new DocumentFacts.VacancyShortlist(acme, "Officine Felsinee S.r.l.",
                    "Magazziniere con patente C", "posto 0192-7c1e", "Bologna (BO)", List.of(
                    new DocumentFacts.ShortlistEntry("ROSSI Mario", "051 123456", "mario.rossi@example.org", List.of(
                            new org.sportello.model.offers.FitReason(org.sportello.model.offers.FitReason.Aspect.OCCUPATION,
                                    true, List.of("432", "432", "same")),
                            new org.sportello.model.offers.FitReason(org.sportello.model.offers.FitReason.Aspect.LICENCE,
                                    true, List.of("C")))),
                    new DocumentFacts.ShortlistEntry("BIANCHI Anna", null, null, List.of(
                            new org.sportello.model.offers.FitReason(org.sportello.model.offers.FitReason.Aspect.EXPERIENCE,
                                    true, List.of("2", "5"))))));
            case ATTENDANCE_CERTIFICATE -> new DocumentFacts.AttendanceCertificate(p, List.of(
                    new DocumentFacts.StampLine(today.minusDays(28).atTime(9, 12), "BO01-2026-000311"),
                    new DocumentFacts.StampLine(today.minusDays(14).atTime(11, 47), "BO01-2026-000587"),
                    new DocumentFacts.StampLine(today.atTime(10, 3), "BO01-2026-000842")));
            case SERVICE_PACT -> {
                LocalDate did = today.minusMonths(1);
                var rules = org.sportello.model.cases.ContactPlanRules.SHIPPED;
                var manager = new org.sportello.model.cases.CaseOwner("gverdi", "Giulia Verdi");
                yield new DocumentFacts.ServicePact(p, new org.sportello.model.cases.PactContent(manager, did, did,
                        List.of(sampleMeasure(org.sportello.model.cases.MeasureKind.ORIENTATION_INTERVIEW, did.plusDays(7),
                                        org.sportello.model.cases.Party.CASE_MANAGER, "Colloquio e profilo di occupabilità"),
                                sampleMeasure(org.sportello.model.cases.MeasureKind.WORKSHOP, today.plusDays(14),
                                        org.sportello.model.cases.Party.CITIZEN, "Laboratorio sul curriculum vitae")),
                        org.sportello.model.cases.ContactPlan.deadlines(rules, did, p.birthDate()), rules));
            }
        };
    }

    private static org.sportello.model.cases.Measure sampleMeasure(org.sportello.model.cases.MeasureKind kind,
                                                                  LocalDate on, org.sportello.model.cases.Party who,
                                                                  String what) {
        return new org.sportello.model.cases.Measure(java.util.UUID.nameUUIDFromBytes((kind + what).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), kind, on, who, what, false);
    }

    /** A specimen sheet and its seal by a throw-away key. */
    public Specimen specimen(DocumentKind kind, Locale locale, CodiceFiscale code, Instant now) {
        OfficeSetup demo = OfficeSetupFile.demo();
        Letterhead letterhead = new Letterhead(SAMPLE_OFFICE, demo.name(), demo.address());
        ZonedDateTime at = now.atZone(zone);
        ProtocolNumber number = new ProtocolNumber(SAMPLE_OFFICE, at.getYear(), 1);
        DocumentSheet sheet = new DocumentComposer().compose(facts(kind, code), locale, number, at, letterhead,
                "Maria Rossi", true);
        OfficeSigner signer = new OfficeSigner(SAMPLE_OFFICE, OfficeSigner.generateKeyPair());
        var seal = signer.seal(number, sheet.hash());
        return new Specimen(sheet, seal, new PdfRenderer().render(sheet, seal));
    }

    public record Specimen(DocumentSheet sheet, org.sportello.model.seal.SealPayload seal, byte[] pdf) {
    }
}

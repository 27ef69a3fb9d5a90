package org.sportello.model.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.company.PartitaIva;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.person.PersonFile;
import org.sportello.server.storage.JooqPersonSeed;
import org.sportello.model.protocol.Subject;
import org.sportello.model.protocol.SubjectKind;
import org.sportello.model.setup.DemoPeople;
import org.sportello.server.testing.TestOffice;

/** Certificates made from the person tables of a real office database, and refused when data is missing. */
class CertificatesFromOfficeDataTest {
    static final LocalDate TODAY = TestOffice.TUESDAY_MORNING.toLocalDate();

    @TempDir
    Path dir;
    TestOffice office;
    OperatorSession operator;
    CertificateFacts facts;

    @BeforeEach
    void seed() {
        office = TestOffice.embedded(dir);
        var c = office.connection();
        assertThat(new JooqPersonSeed(c.database(), c.directory().office().id(), office.clock())
                .add(DemoPeople.files(TODAY))).isEqualTo(DemoPeople.files(TODAY).size());
        operator = office.login("mrossi");
        facts = new CertificateFacts(TODAY, office.clock().instant());
    }

    @AfterEach
    void close() {
        office.close();
    }

    private PersonFile file(String code) {
        return office.connection().people().find(operator, CodiceFiscale.of(code, TODAY)).orElseThrow();
    }

    @Test
    void theFileHoldsWhatTheTablesSayAndSeedingTwiceAddsNothing() {
        PersonFile mario = file(DemoPeople.MARIO_ROSSI);
        assertThat(mario.person().fullName()).isEqualTo("ROSSI Mario");
        assertThat(mario.person().birthPlaceName()).isEqualTo("Bologna");
        assertThat(mario.registeredOn()).isEqualTo(TODAY.minusYears(3));
        assertThat(mario.movements()).hasSize(4);
        assertThat(mario.availabilityOn(TODAY)).isPresent();
        var c = office.connection();
        assertThat(new JooqPersonSeed(c.database(), c.directory().office().id(), office.clock())
                .add(DemoPeople.files(TODAY))).isZero();
        assertThat(c.people().find(operator, CodiceFiscale.of("RSSMRA85T10A945" + CodiceFiscale.checkCharacter(
                "RSSMRA85T10A945"), TODAY))).as("another person").isEmpty();
        assertThat(c.people().companyName(operator, DemoPeople.FELSINEE_VAT)).contains(DemoPeople.FELSINEE);
        assertThat(c.people().companyName(operator, "12345678903")).isEmpty();
    }

    @Test
    void employmentStateFollowsTheLatestMovement() {
        var mario = (DocumentFacts.EmploymentStatus) facts.forPerson(DocumentKind.EMPLOYMENT_STATUS_CERTIFICATE,
                file(DemoPeople.MARIO_ROSSI), DocumentDetails.NONE);
        assertThat(mario.state()).isEqualTo(EmploymentState.UNEMPLOYED);
        assertThat(mario.since()).isEqualTo(TODAY.minusMonths(7));
        assertThat(mario.availableSince()).isEqualTo(TODAY.minusMonths(7));

        var giulia = (DocumentFacts.EmploymentStatus) facts.forPerson(DocumentKind.EMPLOYMENT_STATUS_CERTIFICATE,
                file(DemoPeople.GIULIA_BIANCHI), DocumentDetails.NONE);
        assertThat(giulia.state()).isEqualTo(EmploymentState.EMPLOYED);
        assertThat(giulia.since()).as("the hiring, not the extension").isEqualTo(TODAY.minusYears(1));
        assertThat(giulia.availableSince()).as("her DID ended").isNull();
    }

    @Test
    void missingDataIsRefusedByName() {
        assertThatThrownBy(() -> facts.forPerson(DocumentKind.REGISTRATION_CERTIFICATE, file(DemoPeople.LUCA_VERDI),
                DocumentDetails.NONE)).isInstanceOfSatisfying(SportelloException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.PERSON_NOT_REGISTERED);
                    assertThat(e.localizedMessage(Locale.ITALIAN)).contains("VERDI Luca", DemoPeople.LUCA_VERDI,
                            "non risulta iscritto");
                });
        assertThatThrownBy(() -> facts.forPerson(DocumentKind.DID_ATTESTATION, file(DemoPeople.GIULIA_BIANCHI),
                DocumentDetails.NONE)).isInstanceOfSatisfying(SportelloException.class, e -> assertThat(
                        e.localizedMessage(Locale.ENGLISH)).contains("no declaration of immediate availability"));
    }

    @Test
    void aCertificateFromTheTablesIsIssuedAndReadsBack() throws Exception {
        DocumentFacts history = facts.forPerson(DocumentKind.STATUS_HISTORY, file(DemoPeople.MARIO_ROSSI),
                DocumentDetails.NONE);
        IssuedDocument issued = office.connection().documents().issue(operator, history, Locale.ITALIAN);

        String text = DocumentIssuerTest.text(issued.pdf());
        assertThat(text).contains("ROSSI Mario", DemoPeople.MARIO_ROSSI, DemoPeople.FELSINEE, "Capo magazzino");
        assertThat(issued.entry().subjectCode()).isEqualTo(DemoPeople.MARIO_ROSSI);
    }

    @Test
    void companyKindsTakeTheTypedDetails() {
        var company = new Subject.Company(PartitaIva.parse(DemoPeople.FELSINEE_VAT).orElseThrow());
        var receipt = (DocumentFacts.StampedReceipt) facts.forCompany(DocumentKind.STAMPED_RECEIPT, company,
                new DocumentDetails(DemoPeople.FELSINEE, "UniLav assunzione", 2, List.of(), null, null, null, null));
        assertThat(receipt.pages()).isEqualTo(2);
        assertThat(receipt.receivedAt()).isEqualTo(office.clock().instant());
        assertThat(CertificateFacts.subjects(DocumentKind.STAMPED_RECEIPT)).containsExactly(SubjectKind.COMPANY);
        assertThat(CertificateFacts.subjects(DocumentKind.DOCUMENTS_RECEIPT))
                .containsExactlyInAnyOrder(SubjectKind.PERSON, SubjectKind.COMPANY);

        var letter = (DocumentFacts.AppointmentLetter) facts.forPerson(DocumentKind.APPOINTMENT_LETTER,
                file(DemoPeople.MARIO_ROSSI), new DocumentDetails(null, null, 0, List.of(),
                        LocalDateTime.of(2026, 12, 1, 9, 30), "Sportello 2", "Giulia Verdi", "Colloquio"));
        assertThat(letter.at()).isEqualTo(LocalDateTime.of(2026, 12, 1, 9, 30));
    }
}

package org.sportello.operator.communication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.company.CommunicationField;
import org.sportello.model.company.ContractType;
import org.sportello.model.company.DeadlineRule;
import org.sportello.model.person.JobMovement;
import org.sportello.model.person.PersonFile;
import org.sportello.model.profile.Occupations;
import org.sportello.model.setup.DemoPeople;
import org.sportello.operator.desk.DeskSession;
import org.sportello.operator.testing.DemoCitizens;
import org.sportello.operator.testing.DeskFixture;
import org.sportello.operator.testing.TestPrinters;

/**
 * The company communication sheet's model on a real office: completeness, late communications on
 * the deadline's boundaries (the office's clock is Tuesday 24/11/2026), recording and the stamped copy.
 */
class CommunicationModelTest {
    static final DateTimeFormatter IT = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;
    DeskFixture f;
    TestPrinters printers = new TestPrinters();
    CommunicationModel model;
    DeskSession session;

    @BeforeEach
    void setUp() {
        f = new DeskFixture(dir);
        DemoCitizens.seed(f.office);
        session = f.sitDown("mrossi", 1);
        model = new CommunicationModel(f.work, session.operator(), session.office().zone(), f.office.clock(),
                printers.printers(Runnable::run));
        model.open();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private void fill(JobMovement.Kind kind, LocalDate eventOn) {
        model.kindProperty().set(kind);
        model.employerCodeProperty().set(DemoPeople.FELSINEE_VAT);
        model.employerNameProperty().set(DemoPeople.FELSINEE);
        model.workerCodeProperty().set(DemoPeople.MARIO_ROSSI);
        model.workerFamilyNameProperty().set("Rossi");
        model.workerGivenNamesProperty().set("Mario");
        model.eventOnProperty().set(IT.format(eventOn));
        model.contractProperty().set(ContractType.OPEN_ENDED);
        model.occupationProperty().set(Occupations.isco08().find("432").orElseThrow());
        model.pagesProperty().set("2");
    }

    @Test
    void anIncompleteCommunicationNamesWhatIsMissingAndIsNotStamped() {
        model.kindProperty().set(JobMovement.Kind.HIRING);
        model.employerCodeProperty().set("01234567890"); // wrong check digit
        model.workerCodeProperty().set(DemoPeople.MARIO_ROSSI);
        model.contractProperty().set(ContractType.FIXED_TERM);
        model.eventOnProperty().set(IT.format(TODAY.plusDays(3)));
        model.record();

        assertThat(model.recordedProperty().get()).isNull();
        assertThat(model.missingProperty().get()).containsExactly(CommunicationField.EMPLOYER_CODE,
                CommunicationField.EMPLOYER_NAME, CommunicationField.WORKER_NAME, CommunicationField.END_DATE,
                CommunicationField.OCCUPATION);
        assertThat(model.checkLineProperty().get()).contains("ragione sociale", "data di fine");
        assertThat(f.office.connection().protocol().find(org.sportello.model.protocol.ProtocolNumber
                .parse("BO01-2026-000001").orElseThrow())).isEmpty();
    }

    @Test
    void aHiringIsDueTheDayBeforeWorkStarts() {
        fill(JobMovement.Kind.HIRING, TODAY.plusDays(1)); // handed in today, work starts tomorrow: on time
        model.check();
        assertThat(model.lateProperty().get()).isFalse();
        assertThat(model.checkLineProperty().get()).contains("nei termini", "24/11/2026");

        fill(JobMovement.Kind.HIRING, TODAY); // work started today: the deadline was yesterday
        model.check();
        assertThat(model.lateProperty().get()).isTrue();
        assertThat(model.checkLineProperty().get()).contains("IN RITARDO", "23/11/2026", "1 giorno di ritardo");
    }

    @Test
    void aTerminationIsDueWithinFiveDays() {
        fill(JobMovement.Kind.TERMINATION, TODAY.minusDays(5));
        model.check();
        assertThat(model.lateProperty().get()).isFalse();

        fill(JobMovement.Kind.TERMINATION, TODAY.minusDays(6));
        model.check();
        assertThat(model.lateProperty().get()).isTrue();
        assertThat(model.checkLineProperty().get()).contains("23/11/2026");
    }

    @Test
    void theRulesAreOfficeData() {
        f.office.connection().communications().setDeadline(f.office.login("gverdi"),
                new DeadlineRule(JobMovement.Kind.TERMINATION, 10));
        fill(JobMovement.Kind.TERMINATION, TODAY.minusDays(6));
        model.check();
        assertThat(model.lateProperty().get()).isFalse();
        assertThat(model.checkLineProperty().get()).contains("entro il 28/11/2026");
    }

    @Test
    void aRecordedTerminationUpdatesTheWorkersMovementsAndIsStamped() {
        fill(JobMovement.Kind.TERMINATION, TODAY.minusDays(8));
        model.record();

        var recorded = model.recordedProperty().get();
        assertThat(recorded).isNotNull();
        assertThat(recorded.lateness().late()).isTrue();
        assertThat(model.noticeProperty().get().text()).contains(recorded.stampedCopy().entry().number().format());
        PersonFile mario = f.office.connection().people().find(session.operator(),
                CodiceFiscale.of(DemoPeople.MARIO_ROSSI, TODAY)).orElseThrow();
        assertThat(mario.movements().getLast().kind()).isEqualTo(JobMovement.Kind.TERMINATION);
        assertThat(mario.movements().getLast().effectiveOn()).isEqualTo(TODAY.minusDays(8));
        assertThat(mario.movements().getLast().occupation()).contains("registrazione dei materiali");
        assertThat(f.office.connection().communications().late(recorded.id())).contains(true);
        assertThat(f.office.connection().archive().find(recorded.stampedCopy().entry().number())).isPresent();

        model.printStamp();
        assertThat(printers.a4Pages()).isEqualTo(1);
        assertThat(model.noticeProperty().get().text()).contains("stampata");
    }

    @Test
    void aWorkerTheOfficeNeverSawGetsAFile() {
        fill(JobMovement.Kind.HIRING, TODAY.plusDays(2));
        String stranger = "BNCLRA90A41H501" + CodiceFiscale.checkCharacter("BNCLRA90A41H501");
        model.workerCodeProperty().set(stranger);
        model.workerFamilyNameProperty().set("Bianco");
        model.workerGivenNamesProperty().set("Laura");
        model.record();

        assertThat(model.recordedProperty().get()).isNotNull();
        PersonFile laura = f.office.connection().people().find(session.operator(), CodiceFiscale.of(stranger, TODAY))
                .orElseThrow();
        assertThat(laura.person().fullName()).isEqualTo("BIANCO Laura");
        assertThat(laura.registration()).isEmpty();
        assertThat(laura.movements()).singleElement().satisfies(m -> assertThat(m.kind())
                .isEqualTo(JobMovement.Kind.HIRING));
    }
}

package org.sportello.operator.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.company.ContractType;
import org.sportello.model.person.JobMovement;
import org.sportello.model.profile.CitizenProfile;
import org.sportello.model.profile.Occupation;
import org.sportello.model.profile.Occupations;
import org.sportello.model.profile.SaveOutcome;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.setup.DemoPeople;
import org.sportello.operator.documents.DeskPrinters;
import org.sportello.link.InProcessOffice;
import org.sportello.operator.testing.DemoCitizens;
import org.sportello.operator.testing.TestPrinters;
import org.sportello.server.testing.TestOffice;
import org.testfx.util.WaitForAsyncUtils;

/**
 * F12 and Shift+F12 at the desk: the citizen called with their codice fiscale gets their file opened,
 * edited, checked against the office's area, and met by another desk's save (the conflict, both
 * versions); then a company's hiring communication is checked, recorded and stamped. Every screen is
 * saved at 1366x768 and at the desk's smallest width (1024x768).
 */
class CitizenFileScreenTest extends ScreenTest {
    @TempDir
    Path dir;
    TestOffice office;
    TestPrinters printers = new TestPrinters();

    @BeforeEach
    void open() throws Exception {
        office = TestOffice.embedded(dir);
        DemoCitizens.seed(office);
        openWindow(InProcessOffice.link(office.connection()), office.clock(),
                printers.printers(DeskPrinters.printingThread()));
    }

    @AfterEach
    void closeOffice() throws Exception {
        closeWindow();
        stage = null;
        office.close();
    }

    /** The screen at 1366x768 and again at the desk's minimum width. */
    private void shots(String name) {
        shotsAtBothWidths(name, null);
    }

    private void set(String id, String text) {
        fx(() -> {
            robot.lookup(id).queryAs(TextField.class).setText(text);
            return null;
        });
    }

    private String notice(String id) {
        return text(id);
    }

    @Test
    void theFileOfTheCitizenAtTheCounterItsAreaAConflictAndACompanyCommunication() {
        office.connection().queue().issue(new IssueRequest("B", PriorityClass.STANDARD, "it",
                UUID.randomUUID().toString()).withCitizen(DemoPeople.MARIO_ROSSI));
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();
        assertThat(text("#action-CITIZEN_FILE")).isEqualTo("Scheda cittadino");
        key(KeyCode.F1);
        until("citizen called", () -> text("#currentCode").startsWith("B"));

        key(KeyCode.F12);
        until("file open", () -> showing("#citizenFileSheet") && text("#fileHeader").contains("ROSSI Mario"));
        assertThat(fx(() -> robot.lookup("#fileFamilyName").queryAs(TextField.class).getText())).isEqualTo("Rossi");
        assertThat(text("#fileArea")).contains("non indicati");

        // A domicile outside the office's area: saved, and the desk names the competent office.
        set("#fileDomicileMunicipality", "Imola");
        set("#fileDomicileProvince", "BO");
        set("#filePhone", "+39 051 555 0101");
        key(KeyCode.F5);
        until("saved", () -> text("#fileNotice").contains("versione 1"));
        assertThat(text("#fileArea")).contains("fuori dall'area", "Centro per l'Impiego di Imola");
        shots("40-citizen-file-personal");

        fx(() -> {
            robot.lookup("#fileTabs").queryAs(TabPane.class).getSelectionModel().select(1);
            return null;
        });
        set("#fileOccupationSearch", "magazz");
        WaitForAsyncUtils.waitForFxEvents();
        set("#fileOccupationSearch", "432");
        until("occupation picked", () -> robot.lookup("#fileOccupation").queryAs(ComboBox.class).getValue() != null);
        set("#fileExperienceEmployer", DemoPeople.FELSINEE);
        fx(() -> {
            robot.lookup("#fileExperienceAdd").queryButton().fire();
            return null;
        });
        until("experience added", () -> robot.lookup("#fileExperience").queryListView().getItems().size() == 1);
        key(KeyCode.F5);
        until("saved again", () -> text("#fileNotice").contains("versione 2"));
        // No title yet: the list says so instead of being an empty framed box.
        assertThat(placeholder("#fileEducation")).isEqualTo("Nessun titolo di studio registrato.");
        shots("41-citizen-file-professional");

        // Another desk saves in between: this desk's save meets the conflict, with both versions.
        var other = office.login("lbianchi");
        CodiceFiscale cf = CodiceFiscale.of(DemoPeople.MARIO_ROSSI, TestOffice.TUESDAY_MORNING.toLocalDate());
        CitizenProfile stored = office.connection().profiles().open(other, cf).orElseThrow().profile();
        assertThat(office.connection().profiles().save(other, stored.with(stored.personal().withEmail(
                "mario.rossi@example.org")))).isInstanceOf(SaveOutcome.Saved.class);
        fx(() -> {
            robot.lookup("#fileTabs").queryAs(TabPane.class).getSelectionModel().select(0);
            return null;
        });
        set("#filePhone", "+39 333 000 1111");
        key(KeyCode.F5);
        until("conflict shown", () -> showing("#conflictPane"));
        assertThat(text("#fileNotice")).contains("nulla è stato sovrascritto");
        shots("42-citizen-file-conflict");
        key(KeyCode.F6);
        until("stored version shown", () -> !showing("#conflictPane"));
        assertThat(fx(() -> robot.lookup("#fileEmail").queryAs(TextField.class).getText()))
                .isEqualTo("mario.rossi@example.org");
        assertThat(fx(() -> robot.lookup("#filePhone").queryAs(TextField.class).getText()))
                .isEqualTo("+39 051 555 0101");

        key(KeyCode.ESCAPE);
        until("sheet closed", () -> !showing("#citizenFileSheet"));

        // Shift+F12: the company communication sheet.
        shiftKey(KeyCode.F12);
        if (!showing("#communicationSheet")) {
            fx(() -> {
                robot.lookup("#action-COMPANY_COMMUNICATION").queryButton().fire();
                return null;
            });
        }
        until("communication sheet", () -> showing("#communicationSheet"));
        set("#commEmployerCode", "01234567890");
        set("#commWorkerCode", DemoPeople.GIULIA_BIANCHI);
        key(KeyCode.F4);
        until("checked", () -> text("#commCheck").contains("Mancano"));
        shots("43-company-communication-incomplete");

        fx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<JobMovement.Kind> kind = robot.lookup("#commKind").queryAs(ComboBox.class);
            kind.setValue(JobMovement.Kind.HIRING);
            @SuppressWarnings("unchecked")
            ComboBox<ContractType> contract = robot.lookup("#commContract").queryAs(ComboBox.class);
            contract.setValue(ContractType.OPEN_ENDED);
            @SuppressWarnings("unchecked")
            ComboBox<Occupation> occupation = robot.lookup("#commOccupation").queryAs(ComboBox.class);
            occupation.setValue(Occupations.isco08().find("411").orElseThrow());
            return null;
        });
        set("#commEmployerCode", DemoPeople.FELSINEE_VAT);
        set("#commEmployerName", DemoPeople.FELSINEE);
        set("#commWorkerFamily", "Bianchi");
        set("#commWorkerGiven", "Giulia");
        set("#commEventOn", "24/11/2026");
        set("#commPages", "2");
        fx(() -> {
            robot.lookup("#commRecordButton").queryButton().fire();
            return null;
        });
        until("recorded", () -> text("#commNotice").contains("BO01-2026-"));
        assertThat(text("#commCheck")).contains("IN RITARDO", "23/11/2026");
        shots("44-company-communication-recorded");
        key(KeyCode.F5);
        until("stamp printed", () -> text("#commNotice").contains("stampata"));
        assertThat(printers.a4Pages()).isEqualTo(1);
    }
}

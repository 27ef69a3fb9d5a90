package org.sportello.operator.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
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

    /** The work experience list's lines as the operator reads them. */
    private List<String> experienceLines() {
        return fx(() -> robot.from(robot.lookup("#fileExperience").queryListView()).lookup(".list-cell")
                .queryAllAs(ListCell.class).stream().filter(c -> !c.isEmpty() && c.getText() != null)
                .sorted(java.util.Comparator.comparingInt(ListCell::getIndex)).map(ListCell::getText).toList());
    }

    /** The conflict's frame: at the top of the sheet, keys under the versions, nothing empty below them. */
    private static List<String> compactConflict(Scene scene) {
        List<String> out = new ArrayList<>();
        javafx.scene.layout.Region pane = (javafx.scene.layout.Region) scene.lookup("#conflictPane");
        javafx.scene.layout.Region place = (javafx.scene.layout.Region) pane.getParent();
        double top = pane.getBoundsInParent().getMinY() - place.getInsets().getTop();
        if (top > 2) {
            out.add("the conflict starts " + top + " px below the top of its place");
        }
        double keys = FramedLists.gap(scene, "#conflictVersions", "#conflictKeep");
        if (keys > 16) {
            out.add("F6/F7 are " + keys + " px below the versions");
        }
        Node keep = scene.lookup("#conflictKeep");
        double below = pane.getHeight() - pane.sceneToLocal(keep.localToScene(keep.getLayoutBounds())).getMaxY();
        if (below > 20) {
            out.add("the conflict's frame goes on " + below + " px below F6/F7");
        }
        return out;
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
        // A second job, started on a known day and still going.
        set("#fileExperienceEmployer", "Magazzini Emiliani S.p.A.");
        set("#fileExperienceFrom", "01/03/2020");
        fx(() -> {
            robot.lookup("#fileExperienceAdd").queryButton().fire();
            return null;
        });
        until("second experience added", () -> robot.lookup("#fileExperience").queryListView().getItems().size() == 2);
        key(KeyCode.F5);
        until("saved again", () -> text("#fileNotice").contains("versione 2"));
        // A job without dates says so in words, not "… – in corso"; one with a start says since when.
        assertThat(experienceLines()).satisfiesExactly(
                first -> assertThat(first).endsWith(" · in corso (inizio non indicato)").doesNotContain("…", "–"),
                second -> assertThat(second).startsWith("Magazzini Emiliani S.p.A. · ")
                        .endsWith(" · dal 01/03/2020, in corso"));
        // No title yet: the list says so in one line at its top, instead of in the middle of an empty framed box.
        assertThat(placeholder("#fileEducation")).isEqualTo("Nessun titolo di studio registrato.");
        assertThat(fx(() -> robot.lookup("#fileEducation").queryListView().getHeight())).as("empty list's height")
                .isLessThan(40);
        assertThat(fx(() -> robot.lookup("#fileExperience").queryListView().getHeight())).as("two rows' height")
                .isBetween(50.0, 80.0);
        shots("41-citizen-file-professional");
        // The chosen ISCO occupation (up to 60 characters) reads whole at every size: it has a row of its own.
        assertThat(shotsAtEverySize("41-citizen-file-professional", null,
                scene -> FramedLists.fitTheirRows(scene, "#fileEducation", "#fileExperience", "#fileLanguages")))
                .as("what an operator would see wrong").isEmpty();

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
        // The conflict is as high as what it says, at the top: F6/F7 right under the versions, no empty frame.
        assertThat(shotsAtEverySize("42-citizen-file-conflict", null, CitizenFileScreenTest::compactConflict))
                .as("what an operator would see wrong").isEmpty();
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

package org.sportello.operator.screens;

import org.sportello.screens.ScreenRules;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.link.InProcessOffice;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.vacancies.Vacancy;
import org.sportello.operator.documents.DeskPrinters;
import org.sportello.operator.testing.TestPrinters;
import org.sportello.server.testing.TestOffice;
import org.sportello.server.vacancies.VacancyFixture;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Shift+F7 at the desk: the vacancy list and form (a gap named), then the matching of a recorded vacancy
 * (candidates ranked, the first one's explanation), a contact logged with consent, the shortlist printed.
 * Each screen is checked by {@link ScreenRules} at 1024x768, 1366x768 and 1920x1080 and saved under
 * {@code target/screenshots/vacancies/}.
 */
class VacancyScreenTest extends ScreenTest {
    private static final Path FOLDER = SHOTS.resolve("vacancies");

    @TempDir
    Path dir;
    TestOffice office;
    final TestPrinters printers = new TestPrinters();
    final List<String> findings = new ArrayList<>();
    Vacancy vacancy;

    @BeforeEach
    void open() throws Exception {
        office = TestOffice.embedded(dir);
        OperatorSession op = office.login("mrossi");
        VacancyFixture.citizens(office, op);
        vacancy = office.connection().vacancies().save(op, VacancyFixture.warehouse());
        openWindow(InProcessOffice.link(office.connection()), office.clock(),
                printers.printers(DeskPrinters.printingThread()));
    }

    @AfterEach
    void closeOffice() throws Exception {
        closeWindow();
        stage = null;
        office.close();
    }

    @Test
    void vacanciesMatchingContactsAndTheShortlist() throws Exception {
        try (ScreenRules.CssLog css = new ScreenRules.CssLog()) {
            css.parse(Objects.requireNonNull(org.sportello.operator.OperatorApp.class.getResource("operator.css")));
            logInWithKeyboard("mrossi", "demo", 0);
            awaitDesk();
            assertThat(text("#action-VACANCIES")).isEqualTo("Posti vacanti");
            fx(() -> {
                robot.lookup("#action-VACANCIES").queryButton().fire();
                return null;
            });
            until("vacancy sheet", () -> showing("#vacancySheet")
                    && fx(() -> robot.lookup("#vacList").queryAs(ListView.class).getItems().size()) == 1);
            fx(() -> {
                robot.lookup("#vacList").queryAs(ListView.class).getSelectionModel().select(0);
                return null;
            });
            until("vacancy shown", () -> "Magazziniere con patente C".equals(
                    fx(() -> robot.lookup("#vacTitle").queryAs(TextField.class).getText())));
            atEverySize("21-vacancy-list", "vacEmployerCode");

            fx(() -> {
                robot.lookup("#vacNewButton").queryButton().fire();
                robot.lookup("#vacEmployerCode").queryAs(TextField.class).setText("01234567890");
                robot.lookup("#vacTitle").queryAs(TextField.class).setText("Cuoco");
                robot.lookup("#vacCheckButton").queryButton().fire();
                return null;
            });
            until("gaps named", () -> showing("#vacNotice") && text("#vacNotice").contains("partita IVA"));
            atEverySize("22-vacancy-form-missing", null);

            fx(() -> {
                robot.lookup("#vacList").queryAs(ListView.class).getSelectionModel().select(0);
                return null;
            });
            until("vacancy picked again", () -> !fx(() -> robot.lookup("#vacCandidatesButton").queryButton()
                    .isDisabled()));
            fx(() -> {
                robot.lookup("#vacCandidatesButton").queryButton().fire();
                return null;
            });
            until("candidates", () -> showing("#matchCandidates")
                    && fx(() -> robot.lookup("#matchCandidates").queryAs(ListView.class).getItems().size()) == 3);
            until("explained", () -> fx(() -> robot.lookup("#matchExplanation").queryAs(ListView.class).getItems()
                    .size()) > 5);
            assertThat(text("#matchHeading")).contains("Magazziniere con patente C", vacancy.reference());
            assertThat(showing("#matchContacts")).as("no empty framed box before any contact").isFalse();
            assertThat(text("#matchNoContacts")).isEqualTo("Nessun contatto registrato.");
            atEverySize("23-matching-candidates", "matchCandidates");

            fx(() -> {
                robot.lookup("#matchShare").queryAs(CheckBox.class).setSelected(true);
                robot.lookup("#matchNote").queryAs(TextField.class).setText("Disponibile da lunedì");
                robot.lookup("#matchLogButton").queryButton().fire();
                return null;
            });
            until("contact logged", () -> fx(() -> robot.lookup("#matchContacts").queryAs(ListView.class)
                    .getItems().size()) == 1);
            assertThat(showing("#matchContacts")).as("the log, once there is a contact").isTrue();
            assertThat(showing("#matchNoContacts")).isFalse();
            fx(() -> {
                CheckBox first = robot.lookup("#matchCandidates").lookup(".check-box").queryAs(CheckBox.class);
                first.fire();
                return null;
            });
            until("ticked", () -> text("#matchChosen").startsWith("1 "));
            fx(() -> {
                robot.lookup("#matchPrintButton").queryButton().fire();
                return null;
            });
            until("shortlist printed", () -> showing("#matchNotice") && text("#matchNotice").contains("Rosa"));
            assertThat(printers.a4Pages()).isEqualTo(1);
            until("log shows the proposal", () -> fx(() -> robot.lookup("#matchContacts").queryAs(ListView.class)
                    .getItems().size()) == 2);
            atEverySize("24-matching-shortlist-printed", null);

            assertThat(findings).as("what an operator would see wrong").isEmpty();
            assertThat(css.messages()).as("JavaFX CSS messages").isEmpty();
        }
    }

    private void atEverySize(String name, String focusId) {
        findings.addAll(shotsAtEverySize(FOLDER, name, focusId, scene -> List.of()));
    }

}

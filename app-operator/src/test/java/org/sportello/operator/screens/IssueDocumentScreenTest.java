package org.sportello.operator.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.setup.DemoPeople;
import org.sportello.server.testing.TestOffice;
import org.sportello.operator.documents.DeskPrinters;
import org.sportello.link.InProcessOffice;
import org.sportello.operator.testing.DemoCitizens;
import org.sportello.operator.testing.TestPrinters;

/**
 * F11 at the desk: the citizen called with their codice fiscale gets a certificate issued, previewed,
 * printed on A4 (a PostScript stream service stands in for the printer) and a short receipt on the
 * counter's virtual ESC/POS printer; then the printer goes away, and data is missing.
 */
class IssueDocumentScreenTest extends ScreenTest {
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

    private String notice() {
        return text("#issueNotice");
    }

    @Test
    void issuePreviewPrintReceiptThenNoPrinterAndMissingData() {
        office.connection().queue().issue(new IssueRequest("B", PriorityClass.STANDARD, "it",
                UUID.randomUUID().toString()).withCitizen(DemoPeople.MARIO_ROSSI));
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();
        assertThat(text("#action-ISSUE_DOCUMENT")).isEqualTo("Documenti");

        key(KeyCode.F11);
        until("sheet open", () -> showing("#issueDocumentSheet"));
        assertThat(fx(() -> robot.lookup("#issueCode").queryAs(TextField.class).getText())).isEmpty();
        screenshot("30-issue-document-empty");
        key(KeyCode.ESCAPE);
        until("sheet closed", () -> !showing("#issueDocumentSheet"));

        key(KeyCode.F1);
        until("citizen called", () -> !text("#currentCode").isBlank() && text("#currentCode").startsWith("B"));
        key(KeyCode.F11);
        until("subject described", () -> text("#issueSubject").contains("ROSSI Mario"));
        assertThat(fx(() -> robot.lookup("#issueCode").queryAs(TextField.class).getText()))
                .isEqualTo(DemoPeople.MARIO_ROSSI);
        screenshot("31-issue-document-filled");

        key(KeyCode.ENTER);
        until("issued", () -> showing("#issuePreview") && text("#issuePreviewStatus").contains("BO01-2026-000001"));
        assertThat(notice()).contains("BO01-2026-000001", "emesso e archiviato");
        assertThat(text("#issuePage")).isEqualTo("Pagina 1 di 1");
        screenshot("32-issue-document-preview");
        key(KeyCode.F5);
        until("printed", () -> notice().contains("stampato su"));
        assertThat(printers.a4Pages()).isEqualTo(1);
        assertThat(text("#issuePreviewStatus")).contains("Originale · stampato");
        key(KeyCode.F6);
        until("receipt printed", () -> notice().startsWith("Ricevuta breve"));
        assertThat(notice()).contains("stampata");
        assertThat(printers.counter.printer().tickets()).hasSize(1);
        assertThat(printers.counter.printer().tickets().getFirst().text()).contains("BO01-2026-000001");
        screenshot("33-issue-document-printed");

        printers.removeA4();
        key(KeyCode.F7);
        until("duplicate ready", () -> text("#issuePreviewStatus").contains("Duplicato"));
        key(KeyCode.F5);
        until("no printer said", () -> notice().startsWith("Nessuna stampante"));
        assertThat(notice()).contains("resta archiviato");
        screenshot("34-issue-document-no-printer");

        // Another person, who was never registered: the registration certificate is refused by name.
        key(KeyCode.ESCAPE);
        until("sheet closed", () -> !showing("#issueDocumentSheet"));
        key(KeyCode.F11);
        until("kinds focused", () -> robot.lookup("#issueKinds").query().isFocused());
        key(KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN);
        key(KeyCode.TAB);
        until("code focused", () -> robot.lookup("#issueCode").query().isFocused());
        fx(() -> {
            robot.lookup("#issueCode").queryAs(TextField.class).clear();
            return null;
        });
        write(DemoPeople.LUCA_VERDI);
        key(KeyCode.ENTER);
        until("refused", () -> notice().contains("non risulta iscritto"));
        assertThat(text("#issueSubject")).contains("VERDI Luca", "non iscritto");
        assertThat(fx(() -> robot.lookup("#issueSubject").query().getStyleClass())).contains("tone-warn");
        screenshot("35-issue-document-missing-data");

        // The appointment letter's own fields.
        key(KeyCode.SHIFT, KeyCode.TAB);
        fx(() -> {
            robot.lookup("#issueKinds").query().requestFocus();
            return null;
        });
        // Picked by name: the list grows (the service pact came after the letter).
        fx(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ListView<org.sportello.model.documents.DocumentKind> kinds =
                    (javafx.scene.control.ListView<org.sportello.model.documents.DocumentKind>)
                            robot.lookup("#issueKinds").query();
            kinds.getSelectionModel().select(org.sportello.model.documents.DocumentKind.APPOINTMENT_LETTER);
            kinds.scrollTo(org.sportello.model.documents.DocumentKind.APPOINTMENT_LETTER);
            return null;
        });
        until("letter fields", () -> showing("#appointmentDate") && showing("#purpose"));
        key(KeyCode.ENTER);
        until("letter needs its date", () -> notice().contains("Scrivere data e ora"));
        screenshot("36-issue-document-appointment");
    }
}

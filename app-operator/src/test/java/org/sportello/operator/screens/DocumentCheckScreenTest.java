package org.sportello.operator.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.DocumentSamples;
import org.sportello.model.documents.IssuedDocument;
import org.sportello.server.testing.TestOffice;
import org.sportello.link.InProcessOffice;

/** F8 at the desk: a wedge scanner types a document's code into the sheet, the verdict appears. */
class DocumentCheckScreenTest extends ScreenTest {
    @TempDir
    Path dir;
    TestOffice office;

    @BeforeEach
    void open() throws Exception {
        office = TestOffice.embedded(dir);
        openWindow(InProcessOffice.link(office.connection()), office.clock());
    }

    @AfterEach
    void closeOffice() throws Exception {
        closeWindow();
        stage = null;
        office.close();
    }

    private IssuedDocument issue(DocumentKind kind) {
        DocumentSamples samples = new DocumentSamples(LocalDate.of(2026, 11, 24), TestOffice.ROME);
        return office.connection().documents().issue(office.login("lbianchi"),
                samples.facts(kind, samples.samplePersonCode()), Locale.ITALIAN);
    }

    @Test
    void aScannedSealShowsGenuineThenAnAnnulledOneAndAGarbledOne() {
        IssuedDocument good = issue(DocumentKind.EMPLOYMENT_STATUS_CERTIFICATE);
        IssuedDocument voided = issue(DocumentKind.DID_ATTESTATION);
        office.connection().protocol().annul(office.login("gverdi"), voided.entry().number(),
                "Data della DID errata, riemesso");
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();
        assertThat(text("#action-CHECK_DOCUMENT")).isEqualTo("Verifica documento");

        key(KeyCode.F8);
        until("check sheet open", () -> showing("#documentCheckSheet"));
        until("scan field focused", () -> robot.lookup("#scanField").query().isFocused());
        assertThat(showing("#verdictHeadline")).isFalse();

        write(good.seal().encode());
        key(KeyCode.ENTER);

        until("verdict shown", () -> showing("#verdictHeadline"));
        assertThat(text("#verdictHeadline")).isEqualTo("Autentico");
        assertThat(text("#verdictText")).startsWith("AUTENTICO").contains(good.entry().number().format());
        assertThat(fx(() -> robot.lookup("#verdictDetails").query().lookupAll(".verdict-value").stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList()))
                .contains(good.entry().number().format(), "certificato rilasciato", "Certificato di stato occupazionale",
                        "valido");
        assertThat(fx(() -> robot.lookup("#scanField").queryAs(TextField.class).getText())).as("ready for the next")
                .isEmpty();
        screenshot("20-document-check-genuine");

        write(voided.entry().number().format());
        key(KeyCode.ENTER);
        until("annulled shown", () -> text("#verdictHeadline").equals("Annullato"));
        assertThat(text("#verdictText")).contains("Data della DID errata, riemesso");
        screenshot("21-document-check-annulled");

        write("SPT1|BO01-2026-000001|garbled");
        key(KeyCode.ENTER);
        until("not a seal shown", () -> text("#verdictHeadline").equals("Non è un codice Sportello"));
        screenshot("22-document-check-not-a-seal");

        key(KeyCode.ESCAPE);
        until("sheet closed", () -> !showing("#documentCheckSheet"));
        assertThat(enabled("#action-CALL_NEXT")).isTrue();
    }
}

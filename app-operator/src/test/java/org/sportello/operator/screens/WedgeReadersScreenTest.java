package org.sportello.operator.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.server.testing.TestOffice;
import org.sportello.link.InProcessOffice;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keyboard-wedge readers on the real operator window: a badge burst logs in whatever field has the
 * focus, a health card burst shows the codice fiscale with the ticket, and people typing at human
 * speed (or fast, then Enter) still type into the fields. Key events are synthesized as the
 * platform delivers them (pressed, typed, released) and go through the Scene like real ones.
 */
class WedgeReadersScreenTest extends ScreenTest {
    /** A person: about 8 keys a second. */
    static final long HUMAN_GAP_MILLIS = 120;

    @TempDir
    Path dir;
    TestOffice office;

    @BeforeEach
    void open() throws Exception {
        office = TestOffice.embedded(dir);
        office.connection().badges().enrol("mrossi", "04A1B2C3D4E5F6");
        openWindow(InProcessOffice.link(office.connection()), office.clock());
        until("login screen ready", () -> !robot.lookup("#counterList").queryListView().getItems().isEmpty()
                && robot.lookup("#userName").query().isFocused());
    }

    @AfterEach
    void closeOffice() throws Exception {
        closeWindow();
        stage = null;
        office.close();
    }

    @Test
    void aBadgeBurstLogsInWhateverFieldHasTheFocusAndTypesNothingIntoIt() {
        screenshot("wedge-01-login-with-badge-hint");
        assertThat(text("#badgeHint")).contains("badge");

        burst("04A1B2C3D4E5F6");

        awaitDesk();
        assertThat(text("#statusOperator")).startsWith("Maria Rossi");
        assertThat(office.connection().queue().overview().counters().getFirst().state().name()).isEqualTo("OPEN");
    }

    @Test
    void anUnknownBadgeIsExplainedAndTheFieldStaysEmpty() {
        burst("DEADBEEF99");

        until("refusal shown", () -> showing("#loginError"));
        assertThat(text("#loginError")).contains("badge non è associato a nessun operatore");
        assertThat(field("#userName")).isEmpty();
        screenshot("wedge-02-unknown-badge");
    }

    @Test
    void peopleTypingAtHumanSpeedOrFastThenEnterStillTypeIntoTheFields() {
        humanTypes("mrossi");
        assertThat(field("#userName")).isEqualTo("mrossi");
        key(KeyCode.TAB);
        // A quick typist: the password's keys 5 ms apart and Enter right after. Too short for a
        // badge, so it is typing, and the held Enter is replayed after the letters.
        fast("demo");
        // The desk opens only if all four letters reached the password field before the Enter acted.
        awaitDesk();
        assertThat(text("#statusOperator")).startsWith("Maria Rossi");
    }

    @Test
    void aLongFastWordThatIsNoBadgeIsGivenBackAsTyping() {
        // 9 fast keys and Enter look like a device, but "sbagliata" is no badge: it goes to the field.
        humanTypes("mrossi");
        click("#password");
        fast("sbagliata");
        until("password refused", () -> showing("#loginError"));
        assertThat(text("#loginError")).isEqualTo("Nome utente o password errati.");
    }

    @Test
    void aHealthCardAtTheCounterShowsTheValidatedCodiceFiscaleWithTheTicket() {
        issue(office.connection().queue(), "A");
        burst("04A1B2C3D4E5F6");
        awaitDesk();
        key(KeyCode.F1);
        until("ticket at the desk", () -> showing("#currentCode") && !text("#currentCode").isBlank());
        String code = text("#currentCode");
        assertThat(text("#currentCitizen")).contains("Tessera sanitaria");

        burst("RSSMRA85T10A562S");

        until("codice fiscale shown", () -> text("#currentCitizen").contains("RSSMRA85T10A562S"));
        assertThat(text("#currentCitizen")).contains("uomo, nato il 10/12/1985").contains("non salvato");
        assertThat(text("#notice")).contains(code);
        screenshot("wedge-03-desk-health-card");

        burst("RSSMRA85T10A562X");
        until("bad code explained", () -> text("#currentCitizen").contains("non è valido"));
        assertThat(text("#currentCitizen")).doesNotContain("RSSMRA85T10A562S");
        screenshot("wedge-04-desk-bad-card");
    }

    @Test
    void aCardWithNoTicketAtTheCounterSaysToCallFirst() {
        burst("04A1B2C3D4E5F6");
        awaitDesk();
        burst("RSSMRA85T10A562S");
        until("notice", () -> text("#notice").contains("chiamare prima"));
    }

    // ------------------------------------------------------------------ synthesized keyboard

    /** A device: every key and the final Enter within a millisecond or two, in one go on the FX thread. */
    /** A fast typist: keys about 5 ms apart, then Enter. */
    private void fast(String text) {
        for (char c : text.toCharArray()) {
            fx(() -> {
                type(c);
                return null;
            });
            sleep(5);
        }
        fx(() -> {
            enter();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void humanTypes(String text) {
        for (char c : text.toCharArray()) {
            fx(() -> {
                type(c);
                return null;
            });
            sleep(HUMAN_GAP_MILLIS);
        }
        sleep(HUMAN_GAP_MILLIS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void click(String id) {
        fx(() -> {
            robot.lookup(id).query().requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String field(String id) {
        return fx(() -> robot.lookup(id).queryAs(TextField.class).getText());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.sportello.operator.screens;

import org.sportello.screens.ScreenRules;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.link.InProcessOffice;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.setup.DemoPeople;
import org.sportello.operator.documents.DeskPrinters;
import org.sportello.operator.testing.DemoCitizens;
import org.sportello.operator.testing.TestPrinters;
import org.sportello.server.testing.TestOffice;

/**
 * The desk, its login and every sheet at every display size the issue names, in every language of
 * the desk: nothing cut, nothing outside the window, no missing text, no CSS complaint, the keyboard
 * where the operator types next. Each screen is saved under {@code target/screenshots/fit/} for a
 * person to look at.
 */
class DeskAtEveryDisplayScreenTest extends ScreenTest {
    private static final Path FIT = SHOTS.resolve("fit");
    /** Seconds to wait for the screen: generous, the build machine may be busy with other builds. */

    @TempDir
    Path dir;
    TestOffice office;
    final TestPrinters printers = new TestPrinters();
    private final List<String> findings = new ArrayList<>();

    @AfterEach
    void closeOffice() throws Exception {
        closeWindow();
        stage = null;
        if (office != null) {
            office.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"it", "en"})
    void everyScreenFitsEveryDisplay(String language) throws Exception {
        try (ScreenRules.CssLog css = new ScreenRules.CssLog()) {
            css.parse(Objects.requireNonNull(
                    org.sportello.operator.OperatorApp.class.getResource("operator.css")));
            office = TestOffice.embedded(dir);
            DemoCitizens.seedWithCases(office);
            var queue = office.connection().queue();
            // The first in line brings her health card: F11 then finds her file.
            queue.issue(new IssueRequest("B", PriorityClass.STANDARD, "it", UUID.randomUUID().toString())
                    .withCitizen(DemoPeople.MARIO_ROSSI));
            // She has waited longest, so F1 calls her whatever the services' weights.
            office.clock().advance(java.time.Duration.ofMinutes(10));
            for (String prefix : List.of("A", "A", "B", "C", "A")) {
                issue(queue, prefix);
            }
            openWindow(InProcessOffice.link(office.connection()), office.clock(),
                    printers.printers(DeskPrinters.printingThread()));
            until("login screen ready", SLOW_SECONDS, () -> !robot.lookup("#counterList").queryListView().getItems().isEmpty()
                    && robot.lookup("#userName").query().isFocused());
            slow(() -> {
                @SuppressWarnings("unchecked")
                ComboBox<Locale> languages = robot.lookup("#language").queryAs(ComboBox.class);
                languages.setValue(Locale.forLanguageTag(language));
                robot.lookup("#userName").query().requestFocus();
                return null;
            });
            atEverySize(language, "01-login", "userName");

            // A supervisor: the desk with the most on it (close-day key, sync panel when there is one).
            write("gverdi");
            key(KeyCode.TAB);
            write("demo");
            key(KeyCode.ENTER);
            until("desk on screen", SLOW_SECONDS, () -> robot.lookup("#currentCode").tryQuery().isPresent()
                    && robot.lookup("#service-A").tryQuery().isPresent());
            atEverySize(language, "02-desk-idle", "action-CALL_NEXT");
            // F6 calls a number out of turn: only with nobody at the counter.
            sheet(language, KeyCode.F6, "callSpecificSheet", "07-sheet-call-specific", "specificCode");

            key(KeyCode.F1);
            until("citizen called", SLOW_SECONDS, () -> text("#currentCode").startsWith("B"));
            // Serving, F1 is off and the keyboard moves to the next key: function keys work from anywhere.
            atEverySize(language, "03-desk-serving", null);

            // A refusal long enough for two lines: the keys above it stay where they were.
            Bounds before = slow(() -> sceneBounds("#action-CALL_NEXT"));
            key(KeyCode.F4);
            until("no-show refused", SLOW_SECONDS, () -> robot.lookup("#notice").queryLabeled().getStyleClass().contains("error"));
            Bounds after = slow(() -> sceneBounds("#action-CALL_NEXT"));
            assertThat(after).as("F1 key after a two-line message").isEqualTo(before);
            atEverySize(language, "04-desk-refusal", null);

            sheet(language, KeyCode.F3, "outcomeSheet", "05-sheet-outcome", "outcomeSheet");
            sheet(language, KeyCode.F5, "transferSheet", "06-sheet-transfer", "transferSheet");
            sheet(language, KeyCode.F7, "pauseSheet", "08-sheet-pause", "pauseSheet");
            sheet(language, KeyCode.F8, "documentCheckSheet", "09-sheet-document-check", "scanField");
            sheet(language, KeyCode.F9, "closeDaySheet", "10-sheet-close-day", "closeDaySheet");
            // The agenda (issue 13): booking for the citizen at the counter (the keyboard on the slots), and the
            // supervisor's calendar (the keyboard on whose calendar).
            robot.push(KeyCode.SHIFT, KeyCode.F8);
            until("booking sheet", SLOW_SECONDS, () -> showing("#bookingSheet") && showing("#bookingHistory"));
            atEverySize(language, "15-sheet-booking", "bookingSlots");
            key(KeyCode.ESCAPE);
            until("booking closed", SLOW_SECONDS, () -> !showing("#bookingSheet"));
            robot.push(KeyCode.SHIFT, KeyCode.F10);
            until("calendar sheet", SLOW_SECONDS, () -> showing("#calendarSheet") && !text("#calendarTitle").isBlank());
            atEverySize(language, "16-sheet-calendar", "calendarOwner");
            key(KeyCode.ESCAPE);
            until("calendar closed", SLOW_SECONDS, () -> !showing("#calendarSheet"));
            // The supervisors' calendar editor (Ctrl+F10): the keyboard on whose calendar.
            robot.press(KeyCode.CONTROL);
            robot.type(KeyCode.F10);
            robot.release(KeyCode.CONTROL);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            if (!showing("#calendarEditorSheet")) {
                // Headless robots may drop the modifier: the button does what the key does.
                slow(() -> {
                    robot.lookup("#action-CALENDAR_EDITOR").queryButton().fire();
                    return null;
                });
            }
            until("calendar editor", SLOW_SECONDS, () -> showing("#calendarEditorSheet") && !text("#editorTitle").isBlank());
            atEverySize(language, "17-sheet-calendar-edit", "editorOwner");
            key(KeyCode.ESCAPE);
            until("calendar editor closed", SLOW_SECONDS, () -> !showing("#calendarEditorSheet"));

            // F11 for the citizen at the counter: her code is there, the next choice is the kind.
            key(KeyCode.F11);
            until("document sheet", SLOW_SECONDS, () -> showing("#issueDocumentSheet")
                    && text("#issueSubject").contains("ROSSI Mario"));
            atEverySize(language, "11-sheet-issue-filled", "issueKinds");
            key(KeyCode.ENTER);
            until("issued", SLOW_SECONDS, () -> showing("#issuePreview") && !text("#issuePreviewStatus").isBlank());
            atEverySize(language, "12-sheet-issue-preview", null);
            key(KeyCode.ESCAPE);
            until("sheet closed", SLOW_SECONDS, () -> !showing("#issueDocumentSheet"));

            // Shift+F11: the case of the citizen at the counter; Shift+F9: every case manager's deadlines.
            shiftSheet(language, KeyCode.F11, "CITIZEN_CASE", "caseSheet", "15-sheet-case", "caseSearch", "#caseHeader");
            shiftSheet(language, KeyCode.F9, "CASELOAD", "caseloadSheet", "16-sheet-caseload", "caseloadList",
                    "#caseloadSummary");

            // With nobody at the counter, F11 waits for a codice fiscale: the keyboard is in its field.
            key(KeyCode.F3);
            until("outcome sheet", SLOW_SECONDS, () -> showing("#outcomeSheet"));
            key(KeyCode.DIGIT1);
            until("finished", SLOW_SECONDS, () -> !showing("#outcomeSheet") && text("#currentCode").isBlank());
            key(KeyCode.F11);
            until("empty document sheet", SLOW_SECONDS, () -> showing("#issueDocumentSheet"));
            atEverySize(language, "13-sheet-issue-empty", "issueCode");
            write("RSSMRA80A01H501X"); // a wrong check letter
            key(KeyCode.ENTER);
            until("refused", SLOW_SECONDS, () -> showing("#issueNotice") || showing("#issueSubject"));
            atEverySize(language, "14-sheet-issue-bad-code", "issueCode");
            long errorsShown = slow(() -> robot.lookup(".issue-pane .label").queryAll().stream()
                    .filter(n -> n.isVisible() && n.isManaged())
                    .filter(n -> n.getStyleClass().contains("error") || n.getStyleClass().contains("tone-bad"))
                    .count());
            assertThat(errorsShown).as("one error, said once").isEqualTo(1);
            key(KeyCode.ESCAPE);

            assertThat(findings).as("what an operator would see wrong").isEmpty();
            assertThat(css.messages()).as("JavaFX CSS messages").isEmpty();
        }
    }

    @Override
    void until(String what, int seconds, java.util.concurrent.Callable<Boolean> condition) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(seconds);
        while (!Boolean.TRUE.equals(slow(condition))) {
            if (System.nanoTime() > deadline) {
                slow(() -> ScreenRules.save(stage.getScene(), FIT, "failed-" + what.replaceAll("[^A-Za-z0-9]+", "-")));
                throw new AssertionError("timed out waiting for: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    String text(String id) {
        return slow(() -> robot.lookup(id).queryAs(javafx.scene.control.Labeled.class).getText());
    }

    @Override
    boolean showing(String id) {
        return slow(() -> robot.lookup(id).tryQuery().map(n -> n.getScene() != null && shownUpTo(n)).orElse(false));
    }

    private static boolean shownUpTo(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void sheet(String language, KeyCode key, String id, String name, String focusId) {
        key(key);
        until(id + " open", SLOW_SECONDS, () -> showing("#" + id));
        atEverySize(language, name, focusId);
        key(KeyCode.ESCAPE);
        until(id + " closed", SLOW_SECONDS, () -> !showing("#" + id));
    }

    /** A sheet behind Shift and a function key, checked once {@code ready} has its text (its office read is back). */
    private void shiftSheet(String language, KeyCode key, String action, String id, String name, String focusId,
                            String ready) {
        shiftKey(key);
        if (!showing("#" + id)) {
            // Headless robots may drop the Shift: the button does what the key does.
            slow(() -> {
                robot.lookup("#action-" + action).queryButton().fire();
                return null;
            });
        }
        until(id + " read", SLOW_SECONDS, () -> showing("#" + id) && !text(ready).isBlank());
        atEverySize(language, name, focusId);
        key(KeyCode.ESCAPE);
        until(id + " closed", SLOW_SECONDS, () -> !showing("#" + id));
    }

    /** Resizes the window to each display, checks it and saves what it shows; back to 1366x768 after. */
    private void atEverySize(String language, String name, String focusId) {
        findings.addAll(shotsAtEverySize(FIT, language + "-" + name, focusId,
                scene -> orphanActivityHeading(scene).stream().toList()));
    }

    /** "Ultimi movimenti" over no movement: read as the heading of the keys under it. */
    private static java.util.Optional<String> orphanActivityHeading(javafx.scene.Scene scene) {
        return java.util.Optional.ofNullable(scene.lookup("#activityBox"))
                .filter(DeskAtEveryDisplayScreenTest::shownUpTo)
                .filter(box -> box.lookupAll(".activity-text").stream().noneMatch(DeskAtEveryDisplayScreenTest::shownUpTo))
                .map(box -> "the recent-activity heading shows over no line");
    }


    private Bounds sceneBounds(String id) {
        Node n = robot.lookup(id).query();
        return n.localToScene(n.getLayoutBounds());
    }
}

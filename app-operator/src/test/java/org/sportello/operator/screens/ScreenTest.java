package org.sportello.operator.screens;

import org.sportello.screens.ScreenRules;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.input.KeyEvent;
import javafx.event.Event;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.sportello.devices.card.CardReader;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.Ticket;
import org.sportello.model.queue.QueueService;
import org.sportello.operator.OperatorApp;
import org.sportello.operator.documents.DeskPrinters;
import org.sportello.link.OfficeLink;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real operator window, headless (JavaFX's Headless glass platform, see the parent pom), driven
 * through the keyboard by TestFX's glass robot. Screens are saved as PNG at 1366x768.
 */
abstract class ScreenTest {
    static final Path SHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    /** How long a step at a big display may take on a loaded two-core build machine. */
    static final int SLOW_SECONDS = 120;
    final FxRobot robot = new FxRobot();
    Stage stage;
    private CountDownLatch closed;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    /** Opens the operator window on the given office; the login screen comes first. */
    void openWindow(OfficeLink link, Clock clock) throws TimeoutException {
        openWindow(link, clock, null, DeskPrinters.defaults());
    }

    /** With a health-card reader at the desk, as {@code cardreader.driver=pcsc} gives one. */
    void openWindow(OfficeLink link, Clock clock, CardReader cardReader) throws TimeoutException {
        openWindow(link, clock, cardReader, DeskPrinters.defaults());
    }

    /** With the desk's printers (A4 and counter), for the document sheet. */
    void openWindow(OfficeLink link, Clock clock, DeskPrinters printers) throws TimeoutException {
        openWindow(link, clock, null, printers);
    }

    void openWindow(OfficeLink link, Clock clock, CardReader cardReader, DeskPrinters printers)
            throws TimeoutException {
        closed = new CountDownLatch(1);
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            OperatorApp.start(stage, link, clock, closed::countDown, null, cardReader, printers);
            stage.toFront();
            stage.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (stage != null) {
            FxToolkit.setupFixture(() -> stage.hide());
            // The window closes its counter on the way out; let that finish before the office goes.
            assertThat(closed.await(10, TimeUnit.SECONDS)).as("window closed its office work").isTrue();
        }
    }

    /** Waits until the condition, read on the FX thread, holds. */
    void until(String what, Callable<Boolean> condition) {
        until(what, 15, condition);
    }

    void until(String what, int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition).get(5, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            // What the screen looked like when the wait gave up says more than the stack trace.
            screenshot("failed-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError("timed out waiting for: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    String text(String id) {
        return fx(() -> robot.lookup(id).queryAs(Labeled.class).getText());
    }

    /** The line an empty list shows, when it is on screen; null when the list has items or no such line. */
    String placeholder(String id) {
        return fx(() -> {
            javafx.scene.control.ListView<?> list = robot.lookup(id).queryAs(javafx.scene.control.ListView.class);
            return list.getItems().isEmpty() && list.getPlaceholder() instanceof Labeled l && l.isVisible()
                    && l.getScene() != null ? l.getText() : null;
        });
    }

    boolean showing(String id) {
        return fx(() -> robot.lookup(id).tryQuery().map(n -> n.getScene() != null && isShownUpTo(n)).orElse(false));
    }

    private static boolean isShownUpTo(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    boolean enabled(String id) {
        return fx(() -> !robot.lookup(id).queryAs(Button.class).isDisabled());
    }

    <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A 4K snapshot in software rendering takes seconds, more on a busy build machine. */
    static <T> T slow(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void key(KeyCode... codes) {
        robot.type(codes);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A function key with Shift held (the desk's second row of keys). */
    void shiftKey(KeyCode code) {
        robot.press(KeyCode.SHIFT);
        robot.type(code);
        robot.release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void write(String text) {
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Logs in with the keyboard only: user, Tab, password, Enter (the counter picked by arrows first). */
    void logInWithKeyboard(String user, String password, int counterDownPresses) {
        until("login screen ready", () -> !robot.lookup("#counterList").queryListView().getItems().isEmpty()
                && robot.lookup("#userName").query().isFocused());
        write(user);
        key(KeyCode.TAB);
        write(password);
        if (counterDownPresses > 0) {
            key(KeyCode.TAB);
            for (int i = 0; i < counterDownPresses; i++) {
                key(KeyCode.DOWN);
            }
        }
        key(KeyCode.ENTER);
    }

    void awaitDesk() {
        until("desk on screen", () -> robot.lookup("#currentCode").tryQuery().isPresent()
                && robot.lookup("#servicesTable").tryQuery().isPresent());
        until("queue overview loaded", () -> robot.lookup("#service-A").tryQuery().isPresent());
    }

    static Ticket issue(QueueService queue, String prefix) {
        return queue.issue(new IssueRequest(prefix, PriorityClass.STANDARD, "it", UUID.randomUUID().toString()))
                .ticket();
    }

    /** The whole window as the operator sees it. */
    Path screenshot(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = fx(() -> stage.getScene().snapshot(null));
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        try {
            Files.createDirectories(SHOTS);
            Path file = SHOTS.resolve(name + ".png");
            ImageIO.write(png, "png", file.toFile());
            assertThat(png.getWidth()).isEqualTo(1366);
            assertThat(png.getHeight()).isEqualTo(768);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The screen at 1366x768 and again at the desk's minimum width (1024), both saved; what an operator would
     * see wrong at either ({@link ScreenRules}), with {@code focusId} where the keyboard should be (or null).
     */
    List<String> shotsAtBothWidths(String name, String focusId) {
        List<String> findings = new java.util.ArrayList<>();
        screenshot(name);
        findings.addAll(fx(() -> ScreenRules.findings(stage.getScene(), focusId)).stream()
                .map(f -> name + " at 1366: " + f).toList());
        fx(() -> {
            stage.setWidth(1024);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        // Nothing of the desk may be wider than the window: its minimum width must fit the minimum window.
        assertThat(fx(() -> stage.getScene().getRoot().minWidth(-1))).as("desk's minimum width").isLessThanOrEqualTo(1024);
        Path file = fx(() -> ScreenRules.save(stage.getScene(), SHOTS, name + "-1024"));
        findings.addAll(fx(() -> ScreenRules.findings(stage.getScene(), focusId)).stream()
                .map(f -> name + " at 1024: " + f).toList());
        assertThat(file).exists();
        fx(() -> {
            stage.setWidth(1366);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return findings;
    }

    /**
     * The screen at every display of {@link ScreenRules#SIZES}, saved under {@code fit/} as {@code name-WxH}: what
     * {@link ScreenRules} finds wrong and what {@code check} finds on the laid-out scene (run on the FX thread; look
     * nodes up with {@code scene.lookup}, the 4K scene is outside any window). The window is 1366x768 again after.
     */
    List<String> shotsAtEverySize(String name, String focusId, Function<Scene, List<String>> check) {
        return shotsAtEverySize(SHOTS.resolve("fit"), name, focusId, check);
    }

    /** As {@link #shotsAtEverySize(String, String, Function)}, saved under {@code folder}. */
    List<String> shotsAtEverySize(Path folder, String name, String focusId, Function<Scene, List<String>> check) {
        List<String> findings = new java.util.ArrayList<>();
        for (ScreenRules.Size size : ScreenRules.SIZES) {
            String shot = name + "-" + size;
            List<String> seen;
            if (size.height() <= ScreenRules.HEADLESS_LIMIT) {
                slow(() -> {
                    stage.setWidth(size.width());
                    stage.setHeight(size.height());
                    return null;
                });
                until("window at " + size, SLOW_SECONDS, () -> slow(() -> stage.getScene().getWidth() == size.width()
                        && stage.getScene().getHeight() == size.height()));
                // Layout and CSS settle over a pulse or two.
                for (int i = 0; i < 3; i++) {
                    WaitForAsyncUtils.waitForFxEvents();
                }
                seen = slow(() -> {
                    List<String> f = new java.util.ArrayList<>(ScreenRules.findings(stage.getScene(), focusId));
                    f.addAll(check.apply(stage.getScene()));
                    ScreenRules.save(stage.getScene(), folder, shot);
                    return f;
                });
            } else {
                seen = slow(() -> ScreenRules.offWindow(stage.getScene(), size, focusId, folder, shot, check));
            }
            findings.addAll(seen.stream().map(f -> shot + ": " + f).toList());
        }
        slow(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
            return null;
        });
        until("window back at 1366x768", SLOW_SECONDS, () -> slow(() -> stage.getScene().getWidth() == 1366));
        return findings;
    }

    /** A keyboard-wedge device: every key of the text and Enter at once, through the Scene like real ones. */
    void burst(String text) {
        fx(() -> {
            for (char c : text.toCharArray()) {
                type(c);
            }
            enter();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    void type(char c) {
        KeyCode code = KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)));
        code = code == null ? KeyCode.UNDEFINED : code;
        fire(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
        fire(new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false, false, false, false));
        fire(new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
    }

    void enter() {
        fire(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        fire(new KeyEvent(KeyEvent.KEY_TYPED, "\r", "", KeyCode.UNDEFINED, false, false, false, false));
        fire(new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.ENTER, false, false, false, false));
    }

    void fire(KeyEvent e) {
        assertThat(Platform.isFxApplicationThread()).isTrue();
        Node focus = stage.getScene().getFocusOwner();
        Event.fireEvent(focus != null ? focus : stage.getScene().getRoot(), e);
    }
}

package org.sportello.display;

import org.sportello.screens.ScreenRules;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.link.InProcessOffice;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueService;
import org.sportello.server.testing.TestOffice;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The hall display at every display size the issue names: nothing cut or outside the window, no
 * missing text, no CSS complaint, type that grows with the screen, and honest counts: a service no
 * open counter serves says so. Screens are saved under {@code target/screenshots/fit/}.
 */
@ExtendWith(ApplicationExtension.class)
class HallDisplayAtEveryDisplayScreenTest {
    private static final Path FIT = Path.of(System.getProperty("screenshots.dir", "target/screenshots"), "fit");

    @TempDir
    Path dir;
    TestOffice office;
    Stage stage;
    ScreenRules.CssLog css;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        css = new ScreenRules.CssLog().parse(Objects.requireNonNull(HallDisplayApp.class.getResource("display.css")));
        office = TestOffice.embedded(dir);
        QueueService queue = office.connection().queue();
        // Only counter 1 is open: it serves A and B. C, D and E have nobody to call them.
        OperatorSession maria = office.login("mrossi");
        queue.openCounter(maria, 1);
        for (String p : List.of("A", "B", "A", "C", "C", "D", "E", "A")) {
            office.clock().advance(Duration.ofSeconds(20));
            queue.issue(new IssueRequest(p, PriorityClass.STANDARD, "it", UUID.randomUUID().toString()));
        }
        queue.callNext(maria, 1);
        HallSettings settings = new HallSettings(office.clock(), Duration.ofMillis(100), Duration.ofMillis(300),
                Duration.ofSeconds(3), Duration.ofMillis(300), 2000);
        HallDisplayApp.start(stage, InProcessOffice.link(office.connection()), false, settings, () -> { });
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(stage::hide);
        css.close();
        office.close();
    }

    @Test
    void fitsEveryDisplayAndSaysWhichLinesNobodyServes(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#latest-code").queryAs(Label.class)
                .getText().isEmpty() && robot.lookup("#waiting-lines .waiting-count").queryAll().size() == 5);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#waiting-closed-A").tryQuery()).as("A is served at counter 1").isEmpty();
        assertThat(robot.lookup("#waiting-closed-B").tryQuery()).isEmpty();
        for (String unserved : List.of("C", "D", "E")) {
            assertThat(robot.lookup("#waiting-closed-" + unserved).queryAs(Label.class).getText())
                    .isEqualTo("Sportelli chiusi\nNo counter open");
        }

        List<String> findings = new ArrayList<>();
        List<Double> codeHeights = new ArrayList<>();
        for (ScreenRules.Size size : ScreenRules.SIZES) {
            String shot = "display-" + size;
            List<String> seen;
            if (size.height() <= ScreenRules.HEADLESS_LIMIT) {
                robot.interact(() -> {
                    stage.setWidth(size.width());
                    stage.setHeight(size.height());
                });
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stage.getScene().getWidth() == size.width());
                WaitForAsyncUtils.waitForFxEvents();
                seen = WaitForAsyncUtils.asyncFx(() -> {
                    codeHeights.add(sceneHeight(robot.lookup("#latest-code").query()));
                    List<String> f = new ArrayList<>(ScreenRules.findings(stage.getScene(), null));
                    f.addAll(overlaps(robot));
                    ScreenRules.save(stage.getScene(), FIT, shot);
                    return f;
                }).get(60, TimeUnit.SECONDS);
            } else {
                seen = WaitForAsyncUtils.asyncFx(() -> {
                    List<String> f = ScreenRules.offWindow(stage.getScene(), size, null, FIT, shot);
                    return f;
                }).get(120, TimeUnit.SECONDS);
            }
            findings.addAll(seen.stream().map(f -> shot + ": " + f).toList());
        }
        assertThat(findings).as("what a citizen would see wrong").isEmpty();
        assertThat(css.messages()).as("JavaFX CSS messages").isEmpty();
        // Type scales with the window: larger at 1366 than at 1024, and large even at 1024x768.
        assertThat(codeHeights.get(1)).isGreaterThan(codeHeights.get(0));
        assertThat(codeHeights.getFirst()).as("the call is large even at 1024x768").isGreaterThan(100);
    }

    /** The three bands, top to bottom, each below the one before: the strip once pushed the call over the header. */
    private static List<String> overlaps(FxRobot robot) {
        Bounds header = bounds(robot.lookup(".header").query());
        Bounds call = bounds(robot.lookup("#latest-panel").query());
        Bounds strip = bounds(robot.lookup("#waiting-lines").query());
        List<String> out = new ArrayList<>();
        if (call.getMinY() < header.getMaxY() - 1) {
            out.add(String.format("the call panel (top %.0f) over the header (bottom %.0f)", call.getMinY(), header.getMaxY()));
        }
        if (strip.getMinY() < call.getMaxY() - 1) {
            out.add(String.format("the waiting strip (top %.0f) over the call panel (bottom %.0f)", strip.getMinY(), call.getMaxY()));
        }
        return out;
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private static double sceneHeight(Node n) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        return b.getHeight();
    }
}

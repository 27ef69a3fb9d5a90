package org.sportello.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueService;
import org.sportello.server.testing.TestOffice;
import org.sportello.link.InProcessOffice;
import org.sportello.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real board on a real H2 office: operators call, the board follows the log. */
@ExtendWith(ApplicationExtension.class)
class HallDisplayScreenTest {
    @TempDir
    Path dir;
    TestOffice office;
    QueueService queue;
    OperatorSession maria;
    Stage stage;
    final AtomicInteger chimes = new AtomicInteger();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        office = TestOffice.embedded(dir);
        queue = office.connection().queue();
        maria = office.login("mrossi");
        queue.openCounter(maria, 1);
        issue("A", "B", "A", "C", "B", "D", "A", "B");
        // Two calls before the display starts: it must show them, not an empty board.
        queue.callNext(maria, 1);
        queue.finish(maria, 1, Outcome.RESOLVED);
        queue.callNext(maria, 1);
        HallSettings settings = new HallSettings(office.clock(), Duration.ofMillis(100), Duration.ofMillis(300),
                Duration.ofSeconds(3), Duration.ofMillis(300), 2000);
        HallDisplayApp.start(stage, InProcessOffice.link(office.connection()), false, settings, chimes::incrementAndGet);
    }

    private void issue(String... prefixes) {
        for (String p : prefixes) {
            office.clock().advance(Duration.ofSeconds(20));
            queue.issue(new IssueRequest(p, PriorityClass.STANDARD, "it", UUID.randomUUID().toString()));
        }
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(stage::hide);
        office.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static List<String> earlier(FxRobot robot) {
        return robot.lookup("#earlier-rows .earlier-code").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void anOperatorsCallAppearsOnTheBoardWithItsCounter(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text(robot, "#latest-code").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        String before = text(robot, "#latest-code");
        assertThat(before).isEqualTo("A002");
        assertThat(earlier(robot)).containsExactly("A001");
        assertThat(chimes).as("calls read at start are not announced again").hasValue(0);

        OperatorSession luca = office.login("lbianchi");
        queue.openCounter(luca, 2);
        String called = queue.callNext(luca, 2).orElseThrow().code();
        for (int i = 0; i < 2; i++) {
            queue.finish(maria, 1, Outcome.RESOLVED);
            queue.callNext(maria, 1);
        }
        OperatorSession giulia = office.login("gverdi");
        queue.openCounter(giulia, 3);
        String company = queue.callNext(giulia, 3).orElseThrow().code();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> company.equals(text(robot, "#latest-code")));
        // The code and its counter are set one after the other on the FX thread, and this thread read
        // the code between the two: let that redraw finish before reading the counter.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#latest-counter")).isEqualTo("Sportello 3");
        // The latest call and the list below it are redrawn one after the other: wait for both.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> earlier(robot).containsAll(List.of(called, before)));
        // The flash and the chime come at the end of the same redraw: let it finish before looking at both.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(earlier(robot)).contains(called, before).hasSizeLessThanOrEqualTo(6);
        assertThat(robot.lookup("#latest-panel").query().getStyleClass()).contains("flash");
        assertThat(chimes.get()).isPositive();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#waiting-lines .waiting-count")
                .queryAllAs(Label.class).size() == 5);
        Screenshots.save(display(robot), "display-new-call");

        WaitForAsyncUtils.waitFor(6, TimeUnit.SECONDS,
                () -> !robot.lookup("#latest-panel").query().getStyleClass().contains("flash"));
        Screenshots.save(display(robot), "display-calls");

        queue.recall(giulia, 3);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#latest-panel").query().getStyleClass().contains("flash"));
        assertThat(text(robot, "#latest-code")).isEqualTo(company);
    }

    @Test
    void theWaitingCountsFollowTheQueue(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#waiting-lines .waiting-count")
                .queryAll().isEmpty());
        int waitingA = (int) office.connection().queue().waiting().stream().filter(t -> t.code().startsWith("A")).count();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#waiting-lines .waiting-count")
                .queryAllAs(Label.class).iterator().next().getText().equals(Integer.toString(waitingA)));
        issue("A", "A");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#waiting-lines .waiting-count")
                .queryAllAs(Label.class).iterator().next().getText().equals(Integer.toString(waitingA + 2)));
        assertThat(robot.lookup("#waiting-lines .waiting-name").queryAllAs(Label.class).iterator().next().getText())
                .isEqualTo("Accoglienza e informazioni");
    }

    private static Node display(FxRobot robot) {
        return robot.lookup("#display-root").query();
    }
}

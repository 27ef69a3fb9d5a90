package org.sportello.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.link.OfficeLink;
import org.sportello.link.StationLink;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.events.OfficeEvent;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueService;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.client.EventSubscription;
import org.sportello.ui.LoopbackOffice;
import org.sportello.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The hall display as an enrolled station of a real office server (mutual TLS on 127.0.0.1): a desk
 * station's call is pushed to the board as it happens; across a server restart the board misses no
 * call and shows none twice; and nothing the kiosk or the display receives carries a codice fiscale.
 */
@ExtendWith(ApplicationExtension.class)
class HallDisplayOverServerTest {
    static final String CF = "RSSMRA85T10A562S";

    @TempDir
    Path dir;
    LoopbackOffice office;
    StationLink kiosk;
    StationLink display;
    StationLink desk;
    Stage stage;
    final AtomicInteger chimes = new AtomicInteger();
    final List<String> announced = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startOffice() {
        office = LoopbackOffice.start(dir);
        kiosk = office.station("chiosco-ingresso", StationRole.KIOSK, dir.resolve("kiosk"));
        display = office.station("sala", StationRole.DISPLAY, dir.resolve("display"));
        desk = office.station("sportello-1", StationRole.DESK, dir.resolve("desk"));
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        if (stage != null) {
            robot.interact(stage::hide);
        }
        for (StationLink link : new StationLink[] {kiosk, display, desk}) {
            link.close();
        }
        office.close();
    }

    private OperatorSession loginAtTheDesk() {
        OperatorSession maria = eventually(() -> desk.services().auth().login("mrossi", "demo".toCharArray()));
        desk.operator(maria);
        return maria;
    }

    private IssuedTicket issue(String prefix, String taxCode) {
        return kiosk.services().queue().issue(new IssueRequest(prefix, PriorityClass.STANDARD, "it",
                UUID.randomUUID().toString(), taxCode));
    }

    private void startDisplay(FxRobot robot) {
        HallSettings settings = new HallSettings(office.clock(), Duration.ofMillis(100), Duration.ofMillis(300),
                Duration.ofSeconds(3), Duration.ofMillis(300), 2000);
        robot.interact(() -> {
            stage = new Stage();
            HallDisplayApp.start(stage, display, false, settings, chimes::incrementAndGet,
                    (code, counter) -> announced.add(code));
        });
    }

    @Test
    void aDeskCallIsOnTheBoardAsItHappensAndARestartMissesNoneAndDoublesNone(FxRobot robot) throws Exception {
        IssuedTicket withCard = issue("A", CF);
        assertThat(withCard.ticket().citizenTaxCode()).as("the kiosk gets no codice fiscale back").isNull();
        for (int i = 0; i < 4; i++) {
            issue("A", null);
        }
        OperatorSession maria = loginAtTheDesk();
        QueueService queue = desk.services().queue();
        queue.openCounter(maria, 1);
        String before = queue.callNext(maria, 1).orElseThrow().code();

        startDisplay(robot);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> before.equals(text(robot, "#latest-code")));
        assertThat(chimes).as("a call made before the display started is shown, not announced").hasValue(0);
        assertThat(announced).isEmpty();

        queue.finish(maria, 1, Outcome.RESOLVED);
        long calledAt = System.nanoTime();
        String pushed = queue.callNext(maria, 1).orElseThrow().code();
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> pushed.equals(text(robot, "#latest-code")));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - calledAt);
        assertThat(millis).as("pushed, not found by a poll").isLessThan(2_000);
        // The poll above reads the latest code off the FX thread, possibly mid-update: let the update that set it
        // finish (it also fills the earlier calls) before reading the rest (once failed on a loaded machine).
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(earlier(robot)).containsExactly(before);
        // The voice is told right after the board is drawn, on its own thread: wait for it, then count.
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> !announced.isEmpty());
        assertThat(announced).containsExactly(pushed);
        assertThat(chimes).hasValue(1);
        Screenshots.save(board(robot), "display-pushed-call");

        office.stop();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#offline").query().isVisible());
        Screenshots.save(board(robot), "display-office-away");
        assertThat(text(robot, "#latest-code")).as("the board keeps its calls").isEqualTo(pushed);

        office.startAgain();
        // A call made as soon as the server is back, before the display's stream has resumed.
        maria = loginAtTheDesk();
        queue.finish(maria, 1, Outcome.RESOLVED);
        String afterRestart = queue.callNext(maria, 1).orElseThrow().code();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> afterRestart.equals(text(robot, "#latest-code")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#offline").query().isVisible());
        // Give a doubled or replayed event the time to show up, if there were one.
        Thread.sleep(1_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(announced).as("each call announced once, none missed").containsExactly(pushed, afterRestart);
        assertThat(chimes).hasValue(2);
        assertThat(earlier(robot)).containsExactly(pushed, before);

        // What the display station can read: the log, the stream from the start, the waiting counts.
        List<OfficeEvent> log = display.services().events().after(0, 1000);
        assertThat(log).extracting(OfficeEvent::ticketCode).contains(withCard.ticket().code(), before, pushed,
                afterRestart);
        List<OfficeEvent> streamed = new CopyOnWriteArrayList<>();
        try (EventSubscription all = display.subscribe(0, streamed::add)) {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> streamed.size() >= log.size());
        }
        assertThat(streamed).extracting(OfficeEvent::seq).containsExactlyElementsOf(log.stream().map(OfficeEvent::seq)
                .toList());
        assertThat(String.valueOf(log) + streamed + display.services().queue().overview()
                + display.services().directory().services())
                .as("nothing the display reads carries a codice fiscale").doesNotContain(CF);
        assertThat(log).allSatisfy(e -> {
            assertThat(e.operatorId()).isNull();
            assertThat(e.detail()).isNull();
        });
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static List<String> earlier(FxRobot robot) {
        return robot.lookup("#earlier-rows .earlier-code").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static Node board(FxRobot robot) {
        return robot.lookup("#display-root").query();
    }

    /** A call on a link whose channel is still reconnecting after the server came back. */
    private static <T> T eventually(Supplier<T> call) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                if (!OfficeLink.isOutage(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}

package org.sportello.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.display.Chime;
import org.sportello.display.HallDisplayApp;
import org.sportello.display.HallDisplayViewModel;
import org.sportello.display.HallSettings;
import org.sportello.link.StationLink;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueService;
import org.sportello.protocol.StationRole;
import org.sportello.ui.LoopbackOffice;
import org.sportello.ui.drive.ProcessMemory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The stations benchmark's drive of the hall display (ADR 44), over the real board enrolled with a real office
 * server: it says when it is ready, the desk calls only then, and every call the desk makes is counted as it
 * reaches the board; the memory is the reader's and the kernel's.
 */
@ExtendWith(ApplicationExtension.class)
class HallDayDriveTest {
    @TempDir
    Path dir;
    LoopbackOffice office;
    StationLink kiosk;
    StationLink display;
    StationLink desk;
    Stage stage;

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

    @Test
    void everyCallAfterTheCueIsCountedOnTheBoard(FxRobot robot) throws Exception {
        office = LoopbackOffice.start(dir);
        kiosk = office.station("chiosco-1", StationRole.KIOSK, dir.resolve("kiosk"));
        display = office.station("sala", StationRole.DISPLAY, dir.resolve("display"));
        desk = office.station("sportello-1", StationRole.DESK, dir.resolve("desk"));
        // The waiting counts every 200 ms, so a short drive reads them several times.
        HallSettings settings = new HallSettings(office.clock(), Duration.ofMillis(100), Duration.ofMillis(200),
                Duration.ofMillis(300), Duration.ofMillis(300), 2000);
        HallDisplayViewModel[] board = new HallDisplayViewModel[1];
        robot.interact(() -> {
            stage = new Stage();
            board[0] = HallDisplayApp.start(stage, display, false, settings, Chime.SILENT);
        });
        QueueService queue = desk.services().queue();
        OperatorSession maria = desk.services().auth().login("mrossi", "demo".toCharArray());
        desk.operator(maria);
        queue.openCounter(maria, 1);
        for (int i = 0; i < 5; i++) {
            kiosk.services().queue().issue(new IssueRequest("A", PriorityClass.STANDARD, "it", UUID.randomUUID().toString(), null));
        }
        CompletableFuture<Void> cue = new CompletableFuture<>();
        CompletableFuture<Void> desked = cue.thenRunAsync(() -> {
            for (int i = 0; i < 5; i++) {
                queue.callNext(maria, 1).orElseThrow();
                sleep(300);
                queue.finish(maria, 1, Outcome.RESOLVED);
            }
        });

        HallDayDrive.Report r = new HallDayDrive(board[0], Platform::runLater, ProcessMemory.ofThisProcess())
                .drive(5, () -> cue.complete(null));

        desked.get(10, TimeUnit.SECONDS);
        assertThat(r.calls()).isEqualTo(5);
        assertThat(r.seen()).as("each call reached the board once").isEqualTo(5);
        assertThat(r.overviewReads()).as("the waiting counts were read while the desk called").isGreaterThanOrEqualTo(3);
        assertThat(r.rssFirstKb()).as("this JVM's VmRSS").isGreaterThan(10_000);
        assertThat(r.rssMaxKb()).isGreaterThanOrEqualTo(Math.max(r.rssFirstKb(), r.rssLastKb()));
        assertThat(r.rssPeakKb()).isGreaterThanOrEqualTo(r.rssMaxKb());
        assertThat(r.heapLiveFirstMb()).isPositive();
        assertThat(r.heapLiveHalfMb()).as("read halfway").isPositive();
        assertThat(r.heapLiveMb()).isPositive();
        assertThat(r.line()).startsWith("calls=5 seen=5 overview-reads=").contains(" heap-live-mb=");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

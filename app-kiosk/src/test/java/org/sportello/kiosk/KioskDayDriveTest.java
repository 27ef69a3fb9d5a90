package org.sportello.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.kiosk.printer.VirtualTicketPrinter;
import org.sportello.link.StationLink;
import org.sportello.model.queue.QueueOverview;
import org.sportello.protocol.StationRole;
import org.sportello.ui.LoopbackOffice;
import org.sportello.ui.drive.ProcessMemory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The stations benchmark's drive of the kiosk (ADR 44), over the real kiosk screen enrolled with a real office
 * server: every tap makes a ticket the office has, some with a priority or in another language, the kiosk's own
 * refresh runs meanwhile, and the memory it reports is what the memory reader gave.
 */
@ExtendWith(ApplicationExtension.class)
class KioskDayDriveTest {
    @TempDir
    Path dir;
    LoopbackOffice office;
    StationLink kiosk;
    StationLink display;
    Stage stage;

    @AfterEach
    void tearDown(FxRobot robot) {
        if (stage != null) {
            robot.interact(stage::hide);
        }
        kiosk.close();
        display.close();
        office.close();
    }

    @Test
    void everyTapIsATicketAtTheOfficeAndTheMemoryIsReported(FxRobot robot) throws Exception {
        office = LoopbackOffice.start(dir);
        kiosk = office.station("chiosco-1", StationRole.KIOSK, dir.resolve("kiosk"));
        display = office.station("sala", StationRole.DISPLAY, dir.resolve("display"));
        KioskSettings d = KioskSettings.defaults();
        // A refresh every 200 ms, so a short drive sees several, as a day's drive sees hundreds.
        KioskSettings settings = new KioskSettings("Chiosco 1", office.clock(), d.idleTimeout(), d.confirmationTime(),
                d.unprintedTime(), d.retryInterval(), Duration.ofMillis(200), d.printerCheckInterval(), d.idleWarning(),
                d.screen());
        KioskViewModel[] vm = new KioskViewModel[1];
        robot.interact(() -> {
            stage = new Stage();
            vm[0] = KioskApp.start(stage, kiosk, VirtualTicketPrinter.create().printer(), false, settings);
        });
        AtomicLong reads = new AtomicLong();
        // Memory that grows by 1 MB a read: the report must carry the first, last and largest reading.
        ProcessMemory memory = new ProcessMemory(() -> 100_000 + 1024 * reads.getAndIncrement(), () -> 999_999);

        KioskDayDrive.Report r = new KioskDayDrive(vm[0], Platform::runLater, memory).drive(12, 100, 15);

        assertThat(r.taps()).isEqualTo(12);
        assertThat(r.tickets()).as("every tap printed a ticket").isEqualTo(12);
        int waiting = display.services().queue().overview().services().stream().mapToInt(QueueOverview.ServiceQueue::waiting).sum();
        assertThat(waiting).as("tickets waiting at the office").isEqualTo(12);
        assertThat(r.priority()).as("taps 4 and 13 of every 9 ask a priority first: tap 4").isEqualTo(1);
        assertThat(r.languages()).isEqualTo(1);
        assertThat(r.modes()).as("larger text at tap 3, high contrast at tap 11").isEqualTo(2);
        assertThat(r.refreshes()).as("the kiosk's own refresh ran during the drive").isGreaterThanOrEqualTo(3);
        assertThat(r.rssFirstKb()).isEqualTo(100_000);
        assertThat(r.rssLastKb()).isEqualTo(100_000 + 12 * 1024);
        assertThat(r.rssMaxKb()).isEqualTo(r.rssLastKb());
        assertThat(r.rssPeakKb()).isEqualTo(999_999);
        assertThat(r.heapLiveFirstMb()).isPositive();
        assertThat(r.heapLiveHalfMb()).as("read halfway").isPositive();
        assertThat(r.heapLiveMb()).isPositive();
        assertThat(r.heapMaxMb()).isGreaterThanOrEqualTo(r.heapLiveMb());
        assertThat(r.line()).startsWith("taps=12 tickets=12 priority=1 languages=1 modes=2 refreshes=")
                .contains("rss-peak-kb=999999");
        assertThat(vm[0].screenProperty().get()).as("the last number dismissed").isEqualTo(KioskViewModel.Screen.HOME);
    }
}

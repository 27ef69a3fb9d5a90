package org.sportello.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.kiosk.language.KioskLanguage;
import org.sportello.devices.printer.SimulatedTicketPrinter;
import org.sportello.link.InProcessOffice;
import org.sportello.server.testing.TestOffice;
import org.sportello.ui.Dispatch;
import org.sportello.ui.ManualScheduler;
import org.sportello.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kiosk's home on an old 4:3 panel (1024x768) in every language: every service above the fold and
 * no scroll bar beside them. The scroll pane once measured the two service columns narrower than it laid
 * them out and showed a bar for nothing; the Latin languages' last tiles fell below the fold. A quick
 * check of what {@link KioskScreensTest} checks among everything else.
 */
@ExtendWith(ApplicationExtension.class)
class KioskHomeFoldTest {
    @TempDir
    Path dir;
    TestOffice office;
    KioskViewModel vm;
    Scene scene;

    @AfterEach
    void tearDown(FxRobot robot) {
        if (vm != null) {
            robot.interact(vm::stop);
        }
        if (office != null) {
            office.close();
        }
    }

    @Test
    void everyServiceShowsWithoutAScrollBarOnA4to3Panel(FxRobot robot) {
        office = TestOffice.embedded(dir);
        office.clock().set(LocalDateTime.of(2026, 11, 24, 13, 0).atZone(TestOffice.ROME).toInstant());
        office.connection().queue().openCounter(office.login("mrossi"), 1);
        ScreenSize size = ScreenSize.OLD_15;
        ManualScheduler time = new ManualScheduler(office.clock());
        robot.interact(() -> {
            vm = new KioskViewModel(new LinkedTicketOffice(InProcessOffice.link(office.connection()),
                    Appointments.inProcess(office)), new SimulatedTicketPrinter(),
                    new Dispatch(Runnable::run, Runnable::run, time),
                    KioskSettings.defaults().withClock(office.clock()).withScreen(size));
            scene = KioskApp.scene(vm, size.widthPx(), size.heightPx());
            vm.start();
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        for (KioskLanguage language : KioskLanguage.values()) {
            robot.interact(() -> vm.setLanguage(language));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                // As the screen tests do: a second pass sees the orientation the first one found.
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                ScrollPane services = (ScrollPane) scene.lookup("#services-scroll");
                ScreenCheck.hiddenBelowTheFold(language.tag(), services).ifPresent(problems::add);
                ScreenCheck.needlessScrollBar(language.tag(), services).ifPresent(problems::add);
                Screenshots.save(scene.getRoot(), "kiosk-fold/1024x768-" + language.tag());
            });
        }
        assertThat(problems).as("services out of sight or a scroll bar for nothing at 1024x768").isEmpty();
    }
}

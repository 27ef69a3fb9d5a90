package org.sportello.display.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sportello.devices.DeviceStatus;
import org.sportello.devices.voice.AnnouncementLanguage;
import org.sportello.devices.voice.AnnouncementResult;
import org.sportello.devices.voice.Announcer;
import org.sportello.ui.Screenshots;
import org.sportello.ui.Texts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The demo's devices window on a small screen: the announcements scroll inside it, none runs off the bottom. */
@ExtendWith(ApplicationExtension.class)
class SimulatedDevicesViewTest {
    /** Says every announcement at once, as a working speaker would. */
    static final class SaidAnnouncer implements Announcer {
        @Override
        public CompletableFuture<AnnouncementResult> announce(org.sportello.devices.voice.Announcement a) {
            return CompletableFuture.completedFuture(new AnnouncementResult(a, true, Duration.ofSeconds(2), ""));
        }

        @Override
        public DeviceStatus status() {
            return DeviceStatus.READY;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void announcementsScrollInsideASmallWindow(FxRobot robot) {
        HallDevices devices = new HallDevices(Map.of(), new SaidAnnouncer(),
                List.of(AnnouncementLanguage.ITALIAN, AnnouncementLanguage.ENGLISH), Duration.ofSeconds(5));
        SimulatedDevicesViewModel model = new SimulatedDevicesViewModel(devices, Runnable::run);
        StackPane window = new StackPane();
        robot.interact(() -> {
            SimulatedDevicesView view = new SimulatedDevicesView(model, Texts.of(Locale.ITALIAN));
            window.getChildren().add(view.root());
            new Scene(window, 360, 200).getStylesheets()
                    .add(SimulatedDevicesApp.class.getResource("devices.css").toExternalForm());
        });
        robot.interact(() -> {
            for (int i = 1; i <= 6; i++) {
                devices.announce("A00" + i, i);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            window.applyCss();
            window.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();

        ScrollPane scroll = (ScrollPane) window.lookup("#spoken-scroll");
        assertThat(model.spoken()).hasSize(SimulatedDevicesViewModel.ANNOUNCEMENTS_SHOWN);
        Bounds inWindow = scroll.localToScene(scroll.getLayoutBounds());
        assertThat(inWindow.getMaxY()).as("the list ends inside the window").isLessThanOrEqualTo(200.5);
        Node content = scroll.getContent();
        assertThat(content.getLayoutBounds().getHeight()).as("more lines than room: they scroll")
                .isGreaterThan(scroll.getViewportBounds().getHeight());
        Node newest = window.lookup("#spoken-0");
        Bounds newestInWindow = newest.localToScene(newest.getLayoutBounds());
        assertThat(newestInWindow.getMinY()).as("the newest announcement shows first")
                .isGreaterThanOrEqualTo(inWindow.getMinY() - 0.5);
        assertThat(newestInWindow.getMaxY()).isLessThanOrEqualTo(200.5);
        robot.interact(() -> Screenshots.save(window, "devices-small-window"));
    }
}

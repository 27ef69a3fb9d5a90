package org.sportello.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the demo's windows go, and one demo per data folder. */
class DemoLayoutTest {
    @TempDir
    Path dir;

    @Test
    void onAFullHdScreenTheDeskGetsItsWidthAndTheHallIsReadable() {
        DemoLayout l = DemoLayout.of(1920, 1080);
        assertThat(l.desk().getWidth()).as("the desk's columns all fit from 1024 up").isGreaterThanOrEqualTo(1024);
        assertThat(l.kiosk().getWidth() + l.desk().getWidth() + l.devices().getWidth()).isEqualTo(1920);
        assertThat(l.hall().getWidth()).as("half the hall display's design size, not a thumbnail")
                .isGreaterThanOrEqualTo(960);
        assertThat(l.hall().getHeight()).isEqualTo(l.hall().getWidth() * 9 / 16);
        assertThat(l.othersBehind()).isFalse();
        assertThat(l.kiosk().intersects(l.desk())).isFalse();
        // Seen under a 1920x1080 display: the hall display, opened last and in front, hid the desk's login button
        // and, once logged in, its F8-F12 keys. 480 + 1024 + 960 px do not fit in 1920: the desk stays in front.
        assertThat(l.hallOverDesk()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"2560,1440,1024", "2560,1080,1024", "3840,2160,1366"})
    void fromA2560ScreenNothingOverlaps(int w, int h, int deskWidth) {
        DemoLayout l = DemoLayout.of(w, h);
        assertThat(l.desk().getWidth()).isEqualTo(deskWidth);
        assertThat(l.kiosk().getWidth()).isGreaterThanOrEqualTo(DemoLayout.KIOSK_MIN);
        assertThat(l.hall().getWidth()).isGreaterThanOrEqualTo(DemoLayout.HALL_READABLE_W);
        assertThat(l.hallOverDesk()).isFalse();
        assertThat(l.devices().getWidth()).isGreaterThanOrEqualTo(l.hall().getWidth());
        assertThat(l.devices().getHeight() + l.tickets().getHeight() + l.hall().getHeight()).isEqualTo(h);
        assertThat(List.of(l.kiosk(), l.desk(), l.hall(), l.devices(), l.tickets()))
                .allSatisfy(a -> assertThat(List.of(l.kiosk(), l.desk(), l.hall(), l.devices(), l.tickets()))
                        .filteredOn(b -> b != a).noneMatch(b -> b.intersects(a)));
    }

    /**
     * Found running the demo at 1024x768 and 1366x768: the windows were shrunk side by side, the desk to
     * 564 px (keys and status bar cut), the boards' window to 154 (buttons cut), the hall to a 154x87
     * thumbnail. No window may be narrower than what it needs; what does not fit beside goes behind.
     */
    @ParameterizedTest
    @CsvSource({"1024,768", "1280,1024", "1366,768", "1440,900", "1600,900", "1920,1080", "2560,1440", "3840,2160"})
    void everyWindowGetsTheSizeItNeedsOnEveryScreen(int w, int h) {
        DemoLayout l = DemoLayout.of(w, h);
        assertThat(l.desk().getWidth()).as("desk").isGreaterThanOrEqualTo(DemoLayout.DESK_MIN);
        assertThat(l.kiosk().getWidth()).as("kiosk").isGreaterThanOrEqualTo(DemoLayout.KIOSK_MIN);
        assertThat(l.devices().getWidth()).as("boards").isGreaterThanOrEqualTo(DemoLayout.COLUMN_MIN);
        assertThat(l.tickets().getWidth()).as("tickets").isGreaterThanOrEqualTo(DemoLayout.COLUMN_MIN);
        assertThat(l.hall().getWidth()).as("hall").isGreaterThanOrEqualTo(Math.min(w, DemoLayout.HALL_READABLE_W));
        for (Rectangle2D r : List.of(l.kiosk(), l.desk(), l.hall(), l.devices(), l.tickets())) {
            assertThat(new Rectangle2D(0, 0, w, h).contains(r)).as(r + " inside " + w + "x" + h).isTrue();
        }
        if (!l.kioskBehind()) {
            assertThat(l.kiosk().intersects(l.desk())).as("kiosk beside the desk").isFalse();
        }
    }

    @Test
    void onALaptopTheKioskStaysBesideTheDeskAndTheRestGoesBehind() {
        DemoLayout l = DemoLayout.of(1366, 768);
        assertThat(l.kioskBehind()).isFalse();
        assertThat(l.othersBehind()).isTrue();
        assertThat(l.kiosk().getWidth() + l.desk().getWidth()).isLessThanOrEqualTo(1366);
        assertThat(DemoLayout.of(1024, 768).kioskBehind()).as("no room beside a 1024 desk").isTrue();
    }

    @Test
    void aSecondDemoOnTheSameFolderIsToldWhereTheFirstIs() {
        try (DemoLock first = DemoLock.take(dir).orElseThrow()) {
            first.announce("127.0.0.1:47001");
            assertThat(DemoLock.take(dir)).as("the folder is taken").isEmpty();
            assertThat(DemoLock.holder(dir)).isEqualTo("127.0.0.1:47001");
        }
        try (DemoLock again = DemoLock.take(dir).orElseThrow()) {
            assertThat(again).as("free again once the first demo ended").isNotNull();
        }
    }
}

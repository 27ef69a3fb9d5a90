package org.sportello.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the demo's windows go, and one demo per data folder. */
class DemoLayoutTest {
    @TempDir
    Path dir;

    @Test
    void onAFullHdScreenTheDeskGetsItsWidthAndTheHallIsReadable() {
        DemoApp.Layout l = DemoApp.Layout.of(1920, 1080);
        assertThat(l.deskW()).as("the desk's columns all fit from 1024 up").isGreaterThanOrEqualTo(1024);
        assertThat(l.kioskW() + l.deskW() + l.rightW()).isEqualTo(1920);
        assertThat(l.hallW()).as("half the hall display's design size, not a thumbnail").isGreaterThanOrEqualTo(960);
        assertThat(l.hallH()).isEqualTo(l.hallW() * 9 / 16);
    }

    @Test
    void onA4kScreenNothingOverlaps() {
        DemoApp.Layout l = DemoApp.Layout.of(3840, 2160);
        assertThat(l.deskW()).isEqualTo(1366);
        assertThat(l.rightW()).isGreaterThanOrEqualTo(l.hallW());
        assertThat(l.devicesH() + l.ticketsH(2160) + l.hallH()).isEqualTo(2160);
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

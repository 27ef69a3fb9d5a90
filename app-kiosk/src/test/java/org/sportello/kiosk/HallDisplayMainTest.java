package org.sportello.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installed display launcher's entry point: a display whatever options the technician adds. */
class HallDisplayMainTest {
    @TempDir
    Path home;

    private KioskMain.Options parse(String... given) {
        return KioskMain.Options.parse(HallDisplayMain.arguments(List.of(given)), Map.of(), home);
    }

    @Test
    void withOptionsOnTheCommandLineItIsStillTheDisplay() {
        KioskMain.Options o = parse("--office", "office-pc:9443", "--windowed", "--enrol", "AAAA-BBBB-CCCC-DDDD");
        assertThat(o.display()).isTrue();
        assertThat(o.windowed()).isTrue();
        assertThat(o.stationName()).isEqualTo(KioskMain.DISPLAY_STATION);
        assertThat(o.station().enrolCode()).isEqualTo("AAAA-BBBB-CCCC-DDDD");
    }

    @Test
    void withoutOptionsOrWithDisplayGivenTooItIsTheDisplayOnce() {
        assertThat(HallDisplayMain.arguments(List.of())).containsExactly("--display");
        assertThat(HallDisplayMain.arguments(List.of("--office", "x:1", "--display")))
                .containsExactly("--office", "x:1", "--display");
        assertThat(KioskMain.Options.parse(HallDisplayMain.arguments(List.of()),
                Map.of("SPORTELLO_OFFICE", "192.168.1.10:9443"), home).display()).isTrue();
    }
}

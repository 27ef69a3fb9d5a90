package org.sportello.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KioskMainTest {

    @Test
    void withoutOptionsItRunsTheFullScreenKioskOnTheLocalDatabase() {
        KioskMain.Options o = KioskMain.Options.parse(List.of());
        assertThat(o.display()).isFalse();
        assertThat(o.windowed()).isFalse();
        assertThat(o.station()).isEqualTo("Chiosco 1");
        assertThat(o.databaseUrl()).startsWith("jdbc:h2:file:").endsWith("/.sportello/data/office");
    }

    @Test
    void optionsChooseTheDatabaseTheNameTheDisplayAndAWindow() {
        KioskMain.Options o = KioskMain.Options.parse(List.of("--display", "--db", "jdbc:h2:tcp://server:9092/office",
                "--station", "Chiosco ingresso", "--windowed"));
        assertThat(o).isEqualTo(new KioskMain.Options("jdbc:h2:tcp://server:9092/office", "Chiosco ingresso", true, true));
    }

    @Test
    void aDisplayWithoutANameIsTheHall() {
        assertThat(KioskMain.Options.parse(List.of("--display")).station()).isEqualTo("Sala");
    }

    @Test
    void aWrongOptionIsExplained() {
        assertThatThrownBy(() -> KioskMain.Options.parse(List.of("--fullscreen")))
                .hasMessageContaining("--fullscreen").hasMessageContaining("usage");
        assertThatThrownBy(() -> KioskMain.Options.parse(List.of("--db"))).hasMessageContaining("JDBC URL");
    }
}

package org.sportello.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a station finds its office: the command line, the environment, then what setup wrote. */
class StationOptionsTest {
    @TempDir
    Path dir;

    @Test
    void aMachineSetUpBySportelloSetupNeedsNoOfficeOption() throws Exception {
        Path env = dir.resolve("station.env");
        Files.writeString(env, "# written by setup\nSPORTELLO_OFFICE=office-server:9443\n");
        StationOptions options = StationOptions.take(new ArrayList<>(List.of("--windowed")),
                Map.of(StationOptions.STATION_ENV_VARIABLE, env.toString()), dir);
        assertThat(options.office().toString()).isEqualTo("office-server:9443");

        StationOptions given = StationOptions.take(new ArrayList<>(List.of("--office", "other:9443")),
                Map.of(StationOptions.STATION_ENV_VARIABLE, env.toString()), dir);
        assertThat(given.office().toString()).as("the command line wins").isEqualTo("other:9443");
    }

    @Test
    void withoutAnyOfThemItSaysWhatToPass() {
        assertThatThrownBy(() -> StationOptions.take(new ArrayList<>(), Map.of(StationOptions.STATION_ENV_VARIABLE,
                dir.resolve("missing.env").toString()), dir))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--office HOST:PORT");
    }
}

package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench stations} refuses a run that measures nothing and leaves the file alone. A real run starts the
 * kiosk module's apps, which are built after this module: KioskDayDriveTest and HallDayDriveTest drive them.
 */
class BenchStationsCommandTest {
    @TempDir
    Path home;

    @Test
    void aRunWithNothingToMeasureIsAUsageError() throws Exception {
        Path out = home.resolve("benchmarks.md");
        Files.writeString(out, "# Benchmarks\n");
        CliRun.Result r = new CliRun(home).run("bench", "stations", "--taps", "0", "--calls", "0", "--out", out.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE.code());
        assertThat(r.toString()).contains("not both 0");
        assertThat(Files.readString(out)).isEqualTo("# Benchmarks\n");
    }

    @Test
    void theBenchCommandListsStations() {
        CliRun.Result r = new CliRun(home).run("bench", "stations", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.toString()).contains("--taps").contains("--calls").contains("--kiosk-java-options")
                .contains("--display-java-options");
    }
}

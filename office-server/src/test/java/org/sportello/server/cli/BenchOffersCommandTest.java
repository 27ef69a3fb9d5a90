package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small run of {@code bench offers}: it works end to end and writes its own section only. The terminal's own
 * process is left out here (the kiosk module is built after this one); SearchDriveTest drives the terminal.
 */
class BenchOffersCommandTest {
    @TempDir
    Path home;

    @Test
    void aSmallRunWritesTheOffersSection() throws Exception {
        Path out = home.resolve("benchmarks.md");
        Files.writeString(out, "# Benchmarks\n\n## Queue\n\nkept\n");
        CliRun.Result r = new CliRun(home).run("bench", "offers", "--offers", "2000", "--searches", "20", "--warmup",
                "5", "--terminal-searches", "0", "--out", out.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        String md = Files.readString(out);
        assertThat(md).contains("## Queue\n\nkept").contains("## Offers")
                .contains("| search (20 searches").contains("| filter tap").contains("Full index rebuild")
                .contains("| match one citizen against every open offer").contains("Fit engine: ProfileFit")
                .contains("collected garbage during").contains("The terminal as its own process: not run")
                .doesNotContain("Pending the real engine");
    }
}

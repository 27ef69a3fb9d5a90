package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.server.bench.DeviceBenchmark;

/** A short {@code bench devices} run writes its section and keeps the others. */
class BenchDevicesCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheDevicesSectionBesideTheOthers() throws Exception {
        Path out = dir.resolve("benchmarks.md");
        Files.writeString(out, "# Benchmarks\n\n## Queue\n\nqueue figures\n");
        CliRun.Result r = new CliRun(dir).run("bench", "devices", "--encode-runs", "50", "--wire-runs", "2",
                "--scans", "5", "--out", out.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        String md = Files.readString(out);
        assertThat(md).contains("## Queue", "queue figures", "## Devices", "| 9,600 |", "| 115,200 |",
                "Enter of a scan → scan handler");
        // The computed wire time follows the byte count: bytes × 10 bits ÷ 9600.
        String bytes = md.replaceAll("(?s).*\\| bytes sent to the printer \\| ([0-9,]+) \\|.*", "$1").replace(",", "");
        int n = Integer.parseInt(bytes);
        assertThat(n).isGreaterThan(1000);
        String computed = String.format(java.util.Locale.ROOT, "%,.1f ms",
                DeviceBenchmark.wireTime(n, 9600).toNanos() / 1e6);
        assertThat(md).contains("| 9,600 | " + computed + " |");
        // Measured through a pty pair the command made itself: a figure in ms, never "not measured".
        assertThat(md).contains("Measured: through a pty pair made in-process").doesNotContain("not measured")
                .containsPattern("\\| 115,200 \\| [0-9,.]+ ms \\| [0-9,.]+ ms \\| [0-9,.]+ ms \\|");
    }

    @Test
    void wireTimeIsTenBitsAByte() {
        assertThat(DeviceBenchmark.wireTime(960, 9600).toMillis()).isEqualTo(1000);
        assertThat(DeviceBenchmark.wireTime(11_520, 115_200).toMillis()).isEqualTo(1000);
    }
}

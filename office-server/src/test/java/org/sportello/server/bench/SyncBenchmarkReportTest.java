package org.sportello.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sportello.server.sync.SyncReport;

class SyncBenchmarkReportTest {
    private static SyncBenchmark.Result result(double seconds, long p95Millis, int unseen) {
        LatencySamples lag = new LatencySamples();
        for (int i = 1; i <= 100; i++) {
            lag.add(Duration.ofMillis(p95Millis * i / 95).toNanos());
        }
        Map<String, Double> phases = new LinkedHashMap<>();
        phases.put("read", seconds / 2);
        phases.put("write", seconds / 2);
        return new SyncBenchmark.Result(new SyncBenchmark.Settings(100_000, 2000, Duration.ofSeconds(60), 5,
                Duration.ofSeconds(1)), new MachineInfo(2, "cpu", "1 GiB", "jdk", "os", LocalDate.of(2026, 11, 23)),
                "17.6", (long) (seconds * 1e9), new SyncReport(100_000, 0), 100_000, 100_000, 0, lag.summary(), 100,
                unseen, phases);
    }

    @Test
    void floorsAreJudgedFromTheFigures() {
        String fast = SyncBenchmarkReport.section(result(4, 900, 0), "a note");
        assertThat(fast).startsWith("## Central sync").contains("25,000 changes/s", "| met |", "a note")
                .doesNotContain("not met");
        String slow = SyncBenchmarkReport.section(result(10, 2500, 0), null);
        assertThat(slow).contains("10,000 changes/s").containsPattern("changes/s \\| \\*\\*not met\\*\\*")
                .containsPattern("≤ 2 s \\| \\*\\*not met\\*\\*");
        assertThat(SyncBenchmarkReport.section(result(4, 900, 3), null)).as("a lost ticket fails the lag")
                .containsPattern("≤ 2 s \\| \\*\\*not met\\*\\*");
    }
}

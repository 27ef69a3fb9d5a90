package org.sportello.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "Stations" section of docs/benchmarks.md, from the drives' reports. */
class StationsBenchmarkTest {
    static final MachineInfo MACHINE = new MachineInfo(2, "AMD EPYC", "23.5 GiB", "Temurin 25", "Linux amd64",
            LocalDate.of(2026, 12, 3));

    @Test
    void theSectionSaysWhatEachStationDidAndItsMemory() {
        StationsBenchmark.Settings settings = new StationsBenchmark.Settings(1500, 100, 1500, 100, 4,
                List.of("-XX:+UseSerialGC", "-Xmx128m"), List.of());
        StationProcess.Report kiosk = StationProcess.Report.parse("taps=1500 tickets=1498 priority=167 languages=41"
                + " modes=88 refreshes=61 rss-first-kb=262144 rss-last-kb=307200 rss-max-kb=317440 rss-peak-kb=330000"
                + " heap-live-first-mb=40 heap-live-half-mb=41 heap-live-mb=41 heap-max-mb=128 ms=612000", "taps");
        StationProcess.Report display = StationProcess.Report.parse("calls=1500 seen=1500 overview-reads=104"
                + " rss-first-kb=245760 rss-last-kb=266240 rss-max-kb=270336 rss-peak-kb=280000 heap-live-first-mb=16"
                + " heap-live-half-mb=17 heap-live-mb=17 heap-max-mb=5827 ms=312000", "calls");

        String md = StationsBenchmark.section(new StationsBenchmark.Result(settings, MACHINE, "1.0, 1.0, 1.0", kiosk, display));

        assertThat(md).startsWith("## Stations\n\nCommand: `./sportello bench stations --taps 1500 --calls 1500 --counters 4`, run on 2026-12-03.")
                .contains("Machine: 2 cores (AMD EPYC)")
                .contains("| kiosk | `-XX:+UseSerialGC -Xmx128m` | 1500 taps, 1498 tickets printed (167 with priority,"
                        + " 41 in another language, 88 display-mode switches); 61 refreshes (every 10 s) | 612 s | 256 MB"
                        + " | 310 MB | 300 MB | 322 MB | 40, 41, 41 MB | 128 MB |")
                .contains("| hall display | JVM defaults | 1500 calls on the board of 1500 called and finished at 4 counters;"
                        + " 104 reads of the waiting counts (every 3 s) | 312 s | 240 MB | 264 MB | 260 MB | 273 MB"
                        + " | 16, 17, 17 MB | 5827 MB |")
                .doesNotContain("was not run");
        assertThat(StationsBenchmark.section(new StationsBenchmark.Result(settings, MACHINE, "1.0", kiosk, null)))
                .contains("The display was not run.").doesNotContain("| hall display |");
    }
}

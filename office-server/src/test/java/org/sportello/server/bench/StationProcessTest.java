package org.sportello.server.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stations as their own processes (offers and stations benchmarks): reports read back, launcher options, the kiosk module. */
class StationProcessTest {
    @TempDir
    Path dir;

    @Test
    void theDrivesReportIsReadFieldByField() {
        StationProcess.Report r = StationProcess.Report.parse("searches=200 answered=400 most-hits=50 offer-pages=40"
                + " rss-first-kb=250000 rss-last-kb=260000 rss-max-kb=262000 rss-peak-kb=270000 heap-live-mb=31"
                + " heap-max-mb=5888 ms=61000\n", "searches");
        assertThat(r.get("searches")).isEqualTo(200);
        assertThat(r.get("rss-peak-kb")).isEqualTo(270_000);
        assertThat(r.get("heap-live-mb")).isEqualTo(31);
        assertThatThrownBy(() -> r.get("nothing")).hasMessageContaining("nothing");
    }

    @Test
    void theKioskAndDisplayReportsAreReadByWhatTheyCount() {
        StationProcess.Report kiosk = StationProcess.Report.parse("taps=1500 tickets=1500 priority=167 languages=41"
                + " modes=88 refreshes=30 rss-first-kb=200000 rss-last-kb=230000 rss-max-kb=240000 rss-peak-kb=250000"
                + " heap-live-mb=20 heap-max-mb=96 ms=300000", "taps");
        assertThat(kiosk.get("refreshes")).isEqualTo(30);
        assertThat(kiosk.mb("rss-max-kb")).isEqualTo(234);
        // A report of another drive lacks what this one counts.
        assertThatThrownBy(() -> StationProcess.Report.parse("calls=3 seen=3 rss-peak-kb=1", "taps"))
                .hasMessageContaining("not a drive report");
        assertThat(StationProcess.Report.parse("calls=3 seen=3 rss-peak-kb=1", "calls").get("seen")).isEqualTo(3);
    }

    @Test
    void aLineThatIsNotAReportIsRefused() {
        assertThatThrownBy(() -> StationProcess.Report.parse("Exception in thread main", "taps"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a drive report");
    }

    @Test
    void theTuningOptionsAreTakenFromTheLaunchersJavaOptions() {
        // jpackage's .cfg has one option a line; the checkout's .properties one line of them.
        assertThat(StationProcess.tuningOptions(java.util.List.of("[JavaOptions]", "java-options=--enable-native-access=ALL-UNNAMED",
                "java-options=-XX:TieredStopAtLevel=1", "java-options=-Xmx256m", "java-options=-XX:+UseSerialGC",
                "java-options=-XX:AOTCache=$APPDIR/x.aot", "java-options=-Xlog:aot=off")))
                .containsExactly("-XX:TieredStopAtLevel=1", "-Xmx256m", "-XX:+UseSerialGC");
        assertThat(StationProcess.tuningOptions(java.util.List.of("# -Xmx in a comment is not an option",
                "java-options=--enable-native-access=ALL-UNNAMED -Xms64m -Xmx256m -Xlog:aot=off")))
                .containsExactly("-Xms64m", "-Xmx256m");
    }

    @Test
    void eachStationStartsWithItsOwnLaunchersOptions() {
        // The benchmarks start a station as its launcher does: the ceiling that keeps it from growing.
        for (String app : new String[] {"self-service", "kiosk", "display"}) {
            assertThat(StationProcess.launcherOptions(app)).as(app).anyMatch(o -> o.startsWith("-Xmx"))
                    .contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        }
        assertThat(StationProcess.launcherOptions("no-such-app")).isEmpty();
    }

    @Test
    void theKioskModuleIsItsJarAndItsDependencies() throws Exception {
        Path target = Files.createDirectories(dir.resolve("app-kiosk/target"));
        assertThat(StationProcess.kioskModule(target)).as("not built").isEmpty();
        Files.writeString(target.resolve("classpath.txt"), "/m2/a.jar" + File.pathSeparator + "/m2/b.jar\n");
        Files.createFile(target.resolve("app-kiosk-0.1.0-SNAPSHOT-tests.jar"));
        assertThat(StationProcess.kioskModule(target)).as("only the tests' jar").isEmpty();
        Files.createFile(target.resolve("app-kiosk-0.1.0-SNAPSHOT.jar"));
        assertThat(StationProcess.kioskModule(target)).contains(target.resolve("app-kiosk-0.1.0-SNAPSHOT.jar")
                + File.pathSeparator + "/m2/a.jar" + File.pathSeparator + "/m2/b.jar");
    }
}

package org.sportello.server.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offers benchmark's terminal process: its report read back, and the built kiosk module found. */
class TerminalProcessTest {
    @TempDir
    Path dir;

    @Test
    void theDrivesReportIsReadFieldByField() {
        TerminalProcess.Report r = TerminalProcess.Report.parse("searches=200 answered=400 most-hits=50 offer-pages=40"
                + " rss-first-kb=250000 rss-last-kb=260000 rss-max-kb=262000 rss-peak-kb=270000 heap-live-mb=31"
                + " heap-max-mb=5888 ms=61000\n");
        assertThat(r.get("searches")).isEqualTo(200);
        assertThat(r.get("rss-peak-kb")).isEqualTo(270_000);
        assertThat(r.get("heap-live-mb")).isEqualTo(31);
        assertThatThrownBy(() -> r.get("nothing")).hasMessageContaining("nothing");
    }

    @Test
    void aLineThatIsNotAReportIsRefused() {
        assertThatThrownBy(() -> TerminalProcess.Report.parse("Exception in thread main"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a drive report");
    }

    @Test
    void theTuningOptionsAreTakenFromTheLaunchersJavaOptions() {
        // jpackage's .cfg has one option a line; the checkout's .properties one line of them.
        assertThat(TerminalProcess.tuningOptions(java.util.List.of("[JavaOptions]", "java-options=--enable-native-access=ALL-UNNAMED",
                "java-options=-XX:TieredStopAtLevel=1", "java-options=-Xmx256m", "java-options=-XX:+UseSerialGC",
                "java-options=-XX:AOTCache=$APPDIR/x.aot", "java-options=-Xlog:aot=off")))
                .containsExactly("-XX:TieredStopAtLevel=1", "-Xmx256m", "-XX:+UseSerialGC");
        assertThat(TerminalProcess.tuningOptions(java.util.List.of("# -Xmx in a comment is not an option",
                "java-options=--enable-native-access=ALL-UNNAMED -Xms64m -Xmx256m -Xlog:aot=off")))
                .containsExactly("-Xms64m", "-Xmx256m");
    }

    @Test
    void thisCheckoutsTerminalLauncherHasAHeapCeiling() {
        // The benchmark starts the terminal as its launcher does: the ceiling that keeps it from growing.
        assertThat(TerminalProcess.launcherOptions()).anyMatch(o -> o.startsWith("-Xmx"))
                .contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void theKioskModuleIsItsJarAndItsDependencies() throws Exception {
        Path target = Files.createDirectories(dir.resolve("app-kiosk/target"));
        assertThat(TerminalProcess.kioskModule(target)).as("not built").isEmpty();
        Files.writeString(target.resolve("classpath.txt"), "/m2/a.jar" + File.pathSeparator + "/m2/b.jar\n");
        Files.createFile(target.resolve("app-kiosk-0.1.0-SNAPSHOT-tests.jar"));
        assertThat(TerminalProcess.kioskModule(target)).as("only the tests' jar").isEmpty();
        Files.createFile(target.resolve("app-kiosk-0.1.0-SNAPSHOT.jar"));
        assertThat(TerminalProcess.kioskModule(target)).contains(target.resolve("app-kiosk-0.1.0-SNAPSHOT.jar")
                + File.pathSeparator + "/m2/a.jar" + File.pathSeparator + "/m2/b.jar");
    }
}

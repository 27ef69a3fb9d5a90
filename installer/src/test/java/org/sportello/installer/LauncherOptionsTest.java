package org.sportello.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The station launchers' JVM options (issue 15): each reads the ahead-of-time cache that {@code
 * scripts/train-aot} writes beside its configuration, quietly when the cache is missing or stale, and the
 * build trains exactly those launchers and drops the option of one it could not train.
 */
class LauncherOptionsTest {
    private static final Path CHECKOUT = Path.of("").toAbsolutePath().getParent();
    private static final Path LAUNCHERS = CHECKOUT.resolve("installer/src/main/jpackage");
    private static final List<String> STATIONS = List.of("kiosk", "display", "desk", "self-service");

    @Test
    void everyStationLauncherReadsItsOwnCacheAndStartsWithoutOne() throws IOException {
        for (String station : STATIONS) {
            List<String> options = options("sportello-" + station);
            assertThat(options).as(station).contains("--enable-native-access=ALL-UNNAMED",
                    "-XX:AOTCache=$APPDIR/sportello-" + station + ".aot");
            // A missing or foreign cache is ignored by the JVM; these keep its complaint off the kiosk's console.
            assertThat(options).as(station).contains("-Xlog:aot=off", "-Xlog:cds=off");
            // Reading a cache only: a launcher that also wrote one would be refused by the JVM.
            assertThat(options).as(station).noneMatch(o -> o.startsWith("-XX:AOTCacheOutput")
                    || o.startsWith("-XX:AOTMode=on"));
        }
        assertThat(options("sportello-demo")).noneMatch(o -> o.startsWith("-XX:AOTCache"));
    }

    @Test
    void theBuildTrainsTheStationLaunchersAndDropsTheOptionOfAnUntrainedOne() throws IOException {
        String build = Files.readString(CHECKOUT.resolve("scripts/build-installer"));
        assertThat(build).contains("scripts/train-aot\" \"$out/sportello\" " + String.join(" ", STATIONS),
                "for app in " + String.join(" ", STATIONS) + "; do", "--no-aot",
                "sed -i '/^java-options=-XX:AOTCache=/d'");
        Path train = CHECKOUT.resolve("scripts/train-aot");
        assertThat(train).isExecutable();
        assertThat(Files.readString(train)).contains("-XX:AOTCacheOutput=$cache", "--loopback-only",
                "-Dsportello.startup.exit=true", "xvfb-run");
    }

    @Test
    void everyStationHasItsOwnMainClassAndNoFixedArgumentsACommandLineWouldDrop() throws IOException {
        // jpackage replaces a launcher's "arguments" with any given on the command line: a display started
        // with --office would have been a kiosk. The role is in the main class instead.
        assertThat(launcher("sportello-display").getProperty("main-class")).isEqualTo("org.sportello.kiosk.HallDisplayMain");
        assertThat(launcher("sportello-kiosk").getProperty("main-class")).isEqualTo("org.sportello.kiosk.KioskMain");
        assertThat(launcher("sportello-desk").getProperty("main-class")).isEqualTo("org.sportello.operator.OperatorMain");
        assertThat(launcher("sportello-self-service").getProperty("main-class"))
                .isEqualTo("org.sportello.selfservice.SelfServiceMain");
        for (String station : STATIONS) {
            assertThat(launcher("sportello-" + station).getProperty("arguments")).as(station).isNull();
        }
        String build = Files.readString(CHECKOUT.resolve("scripts/build-installer"));
        for (String station : STATIONS) {
            assertThat(build).contains("--add-launcher sportello-" + station + "=\"$launchers/sportello-" + station
                    + ".properties\"");
        }
        assertThat(Files.readString(CHECKOUT.resolve("scripts/train-aot"))).doesNotContain("--display");
    }

    @Test
    void everyStationRunsWithoutTheOptimisingCompilerAndAllButTheDeskWithAHeapCeiling() throws Exception {
        // ADR 44: on two cores the optimising compiler took a core from the start.
        for (String station : STATIONS) {
            assertThat(options("sportello-" + station)).as(station).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        }
        // Without one the terminal's heap grew with every search (1 GB resident after 200, with 43 MB live); the kiosk's
        // and the display's grew over a day's tickets and calls (420 and 333 MB resident, 67 and 21 MB live at most).
        assertThat(options("sportello-self-service")).contains("-Xmx256m");
        assertThat(options("sportello-kiosk")).contains("-Xmx256m");
        assertThat(options("sportello-display")).contains("-Xmx128m");
        // The desk's day has not been measured yet: no ceiling until it is.
        assertThat(options("sportello-desk")).noneMatch(o -> o.startsWith("-Xmx"));
    }

    @Test
    void startsFromTheCheckoutUseTheLaunchersOptions() throws Exception {
        assertThat(stationOptions("self-service")).containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m");
        assertThat(stationOptions("desk")).containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertThat(stationOptions("kiosk")).containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m");
        assertThat(stationOptions("display")).containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m");
        assertThat(stationOptions("nothing")).isEmpty();
        assertThat(Files.readString(CHECKOUT.resolve("station"))).contains("$(\"$here/scripts/station-java-options\" \"$app\")");
        assertThat(Files.readString(CHECKOUT.resolve("scripts/bench-startup")))
                .contains("$(\"$here/scripts/station-java-options\" \"$app\")");
    }

    /** What scripts/station-java-options prints for an app, option by option. */
    private static List<String> stationOptions(String app) throws Exception {
        Process p = new ProcessBuilder("sh", CHECKOUT.resolve("scripts/station-java-options").toString(), app)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).isIn(0, 1); // grep ends with 1 when an app has none
        return out.isEmpty() ? List.of() : Arrays.asList(out.split("\\s+"));
    }

    private static List<String> options(String launcher) throws IOException {
        return Arrays.asList(launcher(launcher).getProperty("java-options", "").trim().split("\\s+"));
    }

    private static Properties launcher(String launcher) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(LAUNCHERS.resolve(launcher + ".properties"), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}

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
    void theSelfServiceTerminalHasAHeapCeilingThatTheCheckoutsStationScriptUsesToo() throws IOException {
        // Without one its heap grew with every search (1 GB resident after 200, with 43 MB of live objects).
        assertThat(options("sportello-self-service")).contains("-Xmx256m");
        String station = Files.readString(CHECKOUT.resolve("station"));
        assertThat(station).contains("installer/src/main/jpackage/sportello-$app.properties", "${heap:+\"$heap\"}");
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

package org.sportello.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Builds the installable app image the way an administrator does ({@code scripts/build-installer}),
 * from the jars this build just packaged, and uses it: its own Java runtime, its commands, an office
 * database made and used by the installed {@code sportello} command.
 */
class InstallerImageIT {
    private static final Path CHECKOUT = Path.of("").toAbsolutePath().getParent();
    private static final Path DIST = Path.of("target", "dist").toAbsolutePath();
    private static final Path IMAGE = DIST.resolve("sportello");

    @BeforeAll
    static void buildImage() throws Exception {
        // Without the AOT training (it starts the stations on a display; LauncherOptionsTest checks its wiring).
        Result r = run(List.of(CHECKOUT.resolve("scripts/build-installer").toString(), "--no-build", "--no-aot",
                "--out", DIST.toString()), 900);
        assertThat(r.code()).as(r.output()).isZero();
    }

    @Test
    void theImageHasEveryCommandAndItsOwnRuntimeWithItalianAndPrinterSupport() throws IOException {
        for (String command : List.of("sportello", "sportello-kiosk", "sportello-display", "sportello-desk",
                "sportello-self-service", "sportello-demo")) {
            assertThat(IMAGE.resolve("bin").resolve(command)).isExecutable();
        }
        String release = Files.readString(IMAGE.resolve("lib/runtime/release"));
        assertThat(release).contains("jdk.localedata", "jdk.charsets", "java.smartcardio", "java.sql");
        assertThat(Files.readString(IMAGE.resolve("lib/app/sportello-display.cfg")))
                .contains("app.mainclass=org.sportello.kiosk.HallDisplayMain").doesNotContain("arguments=");
        assertThat(Files.readString(IMAGE.resolve("lib/app/sportello-self-service.cfg")))
                .contains("app.mainclass=org.sportello.selfservice.SelfServiceMain");
        assertThat(Files.readString(IMAGE.resolve("lib/app/sportello-desk.cfg")))
                .contains("app.mainclass=org.sportello.operator.OperatorMain");
        // No cache was trained: no launcher looks for one.
        for (String station : List.of("kiosk", "display", "desk", "self-service")) {
            assertThat(IMAGE.resolve("lib/app/sportello-" + station + ".aot")).doesNotExist();
            assertThat(Files.readString(IMAGE.resolve("lib/app/sportello-" + station + ".cfg")))
                    .contains("java-options=--enable-native-access=ALL-UNNAMED").doesNotContain("AOTCache");
        }
    }

    @Test
    void theInstalledCommandMakesAnOfficeAndIssuesATicket() throws Exception {
        Path data = Files.createTempDirectory("sportello-installed");
        String db = "jdbc:h2:file:" + data.resolve("office");
        String sportello = IMAGE.resolve("bin/sportello").toString();

        Result init = run(List.of(sportello, "office", "init", "--demo", "--db", db), 300);
        assertThat(init.code()).as(init.output()).isZero();
        assertThat(init.output()).contains("mrossi");

        Result issue = run(List.of(sportello, "queue", "issue", "--service", "B", "--db", db), 300);
        assertThat(issue.code()).as(issue.output()).isZero();
        assertThat(issue.output()).contains("B001");

        Result cf = run(List.of(sportello, "cf", "check", "RSSMRA85T10A562X"), 120);
        assertThat(cf.code()).as("a wrong check character is refused").isNotZero();
    }

    private record Result(int code, String output) {
    }

    private static Result run(List<String> command, long timeoutSeconds) throws Exception {
        Path log = Files.createTempFile("installer-it", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + timeoutSeconds + " s:\n" + Files.readString(log));
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}

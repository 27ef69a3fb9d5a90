package org.sportello.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a desk workstation is started: which office, which identity, and what it says when it cannot. */
class OperatorMainTest {
    @TempDir
    Path home;

    @Test
    void aWorkstationWithoutIdentityAndWithoutCodeIsToldHowToEnrolAndExitsWithTwo() {
        Path identity = home.resolve("station");
        Run run = run(() -> OperatorMain.run(List.of("--office", "127.0.0.1:9443", "--identity", identity.toString()),
                Map.of(), home));

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("This workstation is not enrolled in the office yet")
                .contains("sportello station enrol NAME --role ROLE").contains("--enrol CODE")
                .contains(identity.toString());
    }

    @Test
    void theOfficeComesFromTheEnvironmentWhenNotGiven() {
        Run run = run(() -> OperatorMain.run(List.of(), Map.of("SPORTELLO_OFFICE", "office-pc:9443"), home));

        assertThat(run.code()).as("the office was found: only the identity is missing").isEqualTo(2);
        assertThat(run.err()).contains("not enrolled").contains(home.resolve(".sportello").toString());
    }

    @Test
    void noOfficeOrTheOldDatabaseOptionIsAUsageError() {
        Run none = run(() -> OperatorMain.run(List.of(), Map.of(), home));
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("--office HOST:PORT").contains("SPORTELLO_OFFICE").contains("usage:");

        Run old = run(() -> OperatorMain.run(List.of("--office", "office-pc", "--db", "jdbc:h2:tcp://x/office"),
                Map.of(), home));
        assertThat(old.code()).isEqualTo(2);
        assertThat(old.err()).contains("unknown or incomplete argument: --db");
    }

    private record Run(int code, String err) {
    }

    private static synchronized Run run(IntSupplier main) {
        PrintStream before = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = main.getAsInt();
            return new Run(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(before);
        }
    }
}

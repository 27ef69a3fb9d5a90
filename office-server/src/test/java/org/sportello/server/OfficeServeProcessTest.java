package org.sportello.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.server.testing.TestOffice;
import org.sportello.protocol.station.StationIdentity;
import org.sportello.server.cli.SportelloCommand;

/**
 * {@code sportello office serve} as a real process: the first line is the address workstations use,
 * the station commands on the server machine go through it with the local administrator's credential,
 * a station joins, and a service stop (SIGTERM) closes the database cleanly (nothing in H2's trace); then the commands work on
 * the data folder directly.
 */
class OfficeServeProcessTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void firstLineIsTheAddressAndStationsAreManagedThroughTheRunningServer() throws Exception {
        Path data = dir.resolve("data");
        try (TestOffice ignored = TestOffice.embedded(data)) {
            // The demo office, before the first start.
        }
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process serve = new ProcessBuilder(javaBin.toString(), "-cp", System.getProperty("java.class.path"),
                SportelloCommand.class.getName(), "office", "serve", "--data", data.toString(), "--port", "0",
                "--loopback-only")
                .redirectError(dir.resolve("serve.err").toFile())
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                StandardCharsets.UTF_8))) {
            String address = out.readLine();
            assertThat(address).as("first line").matches("127\\.0\\.0\\.1:\\d+");
            String enrolmentLine = out.readLine();
            assertThat(enrolmentLine).startsWith("Enrolment port: ");
            int enrolmentPort = Integer.parseInt(enrolmentLine.replaceAll("Enrolment port: (\\d+).*", "$1"));

            String[] enrol = run("station", "enrol", "kiosk-1", "--role", "kiosk", "--data", data.toString());
            String code = enrol[0].lines().findFirst().orElseThrow();
            assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
            String[] join = run("station", "join", "--office", address, "--enrolment-port",
                    Integer.toString(enrolmentPort), "--code", code, "--identity", dir.resolve("kiosk").toString());
            assertThat(join[0]).contains("as kiosk-1 (kiosk)");
            assertThat(StationIdentity.exists(dir.resolve("kiosk"))).isTrue();
            assertThat(run("station", "list", "--data", data.toString())[0]).contains("kiosk-1\tkiosk").contains("valid");

            serve.toHandle().destroy();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("server stops on SIGTERM").isTrue();
            List<String> rest = out.lines().toList();
            assertThat(rest).anyMatch(l -> l.contains("Office server stopped"));
        } finally {
            serve.destroyForcibly();
        }
        assertThat(Files.readString(dir.resolve("serve.err"))).doesNotContain("Exception");
        // H2 writes what went wrong on its side into a trace file beside the database, not to the console:
        // closing after SHUTDOWN once left "Database is already closed" there.
        Path trace = data.resolve(OfficeServer.DATABASE_NAME + ".trace.db");
        assertThat(Files.exists(trace) ? Files.readString(trace) : "").as("H2 trace after a service stop")
                .doesNotContain("Exception");
        // The server is stopped: the same commands work on the data folder.
        assertThat(run("station", "revoke", "kiosk-1", "--data", data.toString())[0]).contains("revoked");
        assertThat(run("station", "list", "--data", data.toString())[0]).contains("kiosk-1").contains("revoked");
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SportelloCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(String.join(" ", args) + "\n" + out + err).isZero();
        return new String[] {out.toString(), err.toString()};
    }
}

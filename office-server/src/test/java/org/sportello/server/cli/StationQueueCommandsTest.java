package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.client.RemoteQueue;
import org.sportello.protocol.station.OfficeAddress;
import org.sportello.protocol.station.OfficeChannels;
import org.sportello.protocol.station.StationIdentity;
import org.sportello.protocol.station.StationJoin;
import org.sportello.server.OfficeApis;
import org.sportello.server.OfficeServer;
import org.sportello.server.testing.TestOffice;

/**
 * The queue commands on a workstation (ADR 23): with {@code --office} they go to the office server as
 * this machine's enrolled station, and the server judges them by the station's role and the operator
 * who logs in there, exactly as it judges the apps.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StationQueueCommandsTest {
    private static final String TAX_CODE = "RSSMRA85T10A562S";

    @TempDir
    Path dir;

    @Test
    void aKioskAndADeskWorkTheQueueThroughTheOfficeServer() {
        Path data = dir.resolve("data");
        try (TestOffice ignored = TestOffice.embedded(data)) {
            // The demo office, with its operators, before the server takes the database.
        }
        Path kiosk = dir.resolve("kiosk");
        Path desk = dir.resolve("desk");
        String address;
        try (OfficeServer server = OfficeServer.start(OfficeServer.Options.loopback(data), OfficeApis::on)) {
            address = server.address();
            join(server, "ingresso-1", StationRole.KIOSK, kiosk);
            join(server, "sportello-1", StationRole.DESK, desk);
            // Another machine: its own home, no data folder, nothing but the address and an identity.
            CliRun workstation = new CliRun(dir.resolve("elsewhere"));

            CliRun.Result issued = workstation.run("queue", "issue", "--service", "A", "--office", address,
                    "--identity", kiosk.toString());
            assertThat(issued.exitCode()).as(issued.toString()).isZero();
            assertThat(issued.out()).containsPattern("Ticket A\\d{3} - ").contains("People ahead: 0")
                    .contains("Estimated wait: ");
            String code = issued.out().replaceAll("(?s).*Ticket (A\\d{3}).*", "$1");

            // A citizen who gave a codice fiscale at the kiosk: a kiosk never reads it back.
            ManagedChannel kioskChannel = OfficeChannels.open(address, StationIdentity.load(kiosk));
            try {
                new RemoteQueue(kioskChannel).issue(new IssueRequest("A", PriorityClass.STANDARD, "it", "tap-cf",
                        TAX_CODE));
            } finally {
                kioskChannel.shutdownNow();
            }
            CliRun.Result listed = workstation.env(CliEnvironment.OFFICE_VARIABLE, address)
                    .run("queue", "list", "--json", "--identity", kiosk.toString());
            assertThat(listed.exitCode()).as(listed.toString()).isZero();
            assertThat(listed.out()).contains("\"code\":\"" + code + "\"").contains("\"totalWaiting\":2")
                    .doesNotContain(TAX_CODE);
            CliRun.Result table = workstation.run("queue", "list", "--identity", kiosk.toString());
            assertThat(table.out()).contains("Waiting: 2").contains(code).doesNotContain(TAX_CODE);

            // A kiosk may not log an operator in, so it may not call.
            CliRun.Result kioskCalls = workstation.stdin("demo\n").run("queue", "call", "--counter", "1",
                    "--user", "mrossi", "--password-stdin", "--identity", kiosk.toString());
            assertThat(kioskCalls.exitCode()).as(kioskCalls.toString()).isEqualTo(ExitCode.REFUSED.code());
            assertThat(kioskCalls.err()).contains("This station (ingresso-1, kiosk) may not do this");

            CliRun.Result wrong = workstation.stdin("not the password\n").run("queue", "call", "--counter", "1",
                    "--user", "mrossi", "--password-stdin", "--identity", desk.toString());
            assertThat(wrong.exitCode()).as(wrong.toString()).isEqualTo(ExitCode.REFUSED.code());
            assertThat(wrong.err()).contains("Wrong user name or password.");

            CliRun.Result called = workstation.stdin("demo\n").run("queue", "call", "--counter", "1",
                    "--user", "mrossi", "--password-stdin", "--identity", desk.toString());
            assertThat(called.exitCode()).as(called.toString()).isZero();
            assertThat(called.out()).contains("Counter 1 opened for Maria Rossi.")
                    .contains("Counter 1 calls " + code + " (");

            CliRun.Result finished = workstation.env(CliEnvironment.PASSWORD_VARIABLE, "demo")
                    .run("queue", "finish", "--counter", "1", "--user", "mrossi", "--identity", desk.toString());
            assertThat(finished.exitCode()).as(finished.toString()).isZero();
            assertThat(finished.out()).isEqualTo("Counter 1 finished " + code + " (RESOLVED)" + System.lineSeparator());
            assertThat(workstation.run("queue", "list", "--identity", kiosk.toString()).out())
                    .contains("Waiting: 1").doesNotContain(code);

            CliRun.Result stranger = new CliRun(dir.resolve("stranger")).run("queue", "list", "--office", address);
            assertThat(stranger.exitCode()).as(stranger.toString()).isEqualTo(ExitCode.USAGE.code());
            assertThat(stranger.err()).contains("this machine is not an enrolled station")
                    .contains("sportello station join --office " + address + " --code CODE");
        }

        CliRun.Result stopped = new CliRun(dir.resolve("elsewhere")).run("queue", "list", "--office", address,
                "--identity", kiosk.toString());
        assertThat(stopped.exitCode()).as(stopped.toString()).isEqualTo(ExitCode.UNREACHABLE.code());
        assertThat(stopped.err()).contains("the office server " + address + " cannot be reached");
    }

    private static void join(OfficeServer server, String name, StationRole role, Path folder) {
        String code = server.stations().enrol(name, role).code();
        StationJoin.join(OfficeAddress.parse(server.address()), server.enrolmentPort(), code, folder);
    }
}

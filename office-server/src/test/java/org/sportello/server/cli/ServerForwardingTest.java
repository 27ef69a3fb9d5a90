package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.station.OfficeAddress;
import org.sportello.protocol.station.OfficeChannels;
import org.sportello.protocol.station.StationJoin;
import org.sportello.protocol.v1.AdminGrpc;
import org.sportello.protocol.v1.CommandRequest;
import org.sportello.server.OfficeApis;
import org.sportello.server.OfficeServer;
import org.sportello.server.testing.TestOffice;

/**
 * While the office server runs it holds the embedded database (ADR 23): a command that needs the
 * database is sent to it with the local administrator's credential and runs inside it, on the same
 * queue the stations use. Nobody else may run commands there.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServerForwardingTest {
    @TempDir
    Path dir;

    @Test
    void commandsThatNeedTheDatabaseRunInsideTheRunningServer() {
        Path data = dir.resolve("data");
        try (TestOffice ignored = TestOffice.embedded(data)) {
            // The demo office, before the server takes the database.
        }
        try (OfficeServer server = OfficeServer.start(OfficeServer.Options.loopback(data), OfficeApis::on)) {
            CliRun cli = new CliRun(dir).env(CliEnvironment.DATA_VARIABLE, data.toString());

            CliRun.Result issued = cli.run("queue", "issue", "--service", "A");
            assertThat(issued.exitCode()).as(issued.toString()).isZero();
            String code = issued.out().replaceAll("(?s).*Ticket (A\\d{3}).*", "$1");
            assertThat(code).matches("A\\d{3}");

            // The same queue the stations see, not a second one on the same file.
            CliRun.Result list = cli.run("queue", "list");
            assertThat(list.exitCode()).as(list.toString()).isZero();
            assertThat(list.out()).contains(code);

            CliRun.Result added = cli.stdin("una password lunga\n")
                    .run("operators", "add", "nuovo", "--name", "Nuovo Operatore", "--role", "operator", "--password-stdin");
            assertThat(added.exitCode()).as(added.toString()).isZero();
            assertThat(cli.run("operators", "list").out()).contains("nuovo");

            // A command that must never run inside the server is refused there.
            assertThat(SportelloCommand.runHosted(new String[] {"office", "serve"},
                    new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()),
                    new CliEnvironment(java.util.Map.of(), java.io.InputStream.nullInputStream(), dir), null))
                    .isEqualTo(ExitCode.USAGE.code());
        }
        // Stopped: the command opens the data folder itself again.
        CliRun.Result after = new CliRun(dir).env(CliEnvironment.DATA_VARIABLE, data.toString()).run("queue", "list");
        assertThat(after.exitCode()).as(after.toString()).isZero();
    }

    @Test
    void aCommandGivenAnOfficeGoesAsAStationNotThroughTheLocalServer() {
        Path data = dir.resolve("data");
        try (TestOffice ignored = TestOffice.embedded(data)) {
            // The demo office.
        }
        CliEnvironment here = new CliEnvironment(java.util.Map.of(CliEnvironment.DATA_VARIABLE, data.toString()),
                java.io.InputStream.nullInputStream(), dir);
        CliEnvironment withOffice = new CliEnvironment(java.util.Map.of(CliEnvironment.DATA_VARIABLE, data.toString(),
                CliEnvironment.OFFICE_VARIABLE, "127.0.0.1:9443"), java.io.InputStream.nullInputStream(), dir);
        assertThat(ServerForwarding.asStation(new String[] {"queue", "list", "--office", "h:1"}, here)).isTrue();
        assertThat(ServerForwarding.asStation(new String[] {"queue", "call", "--office=h:1", "--counter", "1"}, here))
                .isTrue();
        assertThat(ServerForwarding.asStation(new String[] {"queue", "issue", "--service", "A"}, withOffice)).isTrue();
        assertThat(ServerForwarding.asStation(new String[] {"queue", "list"}, here)).isFalse();
        // Commands that have no station form keep going to the local server whatever the environment says.
        assertThat(ServerForwarding.asStation(new String[] {"operators", "list"}, withOffice)).isFalse();

        try (OfficeServer server = OfficeServer.start(OfficeServer.Options.loopback(data), OfficeApis::on)) {
            java.io.PrintWriter nowhere = new java.io.PrintWriter(java.io.Writer.nullWriter());
            assertThat(ServerForwarding.tryForward(new String[] {"queue", "list", "--office", server.address()},
                    nowhere, nowhere, here)).isEmpty();
            assertThat(ServerForwarding.tryForward(new String[] {"queue", "list"}, nowhere, nowhere, withOffice))
                    .isEmpty();
            assertThat(ServerForwarding.tryForward(new String[] {"queue", "list"}, nowhere, nowhere, here))
                    .as("without an office the running server still takes it").contains(0);

            // Run from the server machine without a station identity: refused as a station would be, not
            // run as the local administrator.
            CliRun.Result noStation = new CliRun(dir).env(CliEnvironment.DATA_VARIABLE, data.toString())
                    .run("queue", "list", "--office", server.address());
            assertThat(noStation.exitCode()).as(noStation.toString()).isEqualTo(ExitCode.USAGE.code());
            assertThat(noStation.err()).contains("this machine is not an enrolled station");

            // Nor does the server, asked to host one, reach out to an office as a station.
            assertThat(SportelloCommand.runHosted(new String[] {"queue", "list", "--office", server.address()},
                    nowhere, nowhere, here, null)).isEqualTo(ExitCode.USAGE.code());
        }
    }

    @Test
    void onlyTheLocalAdministratorMayRunCommandsInTheServer() {
        Path data = dir.resolve("data");
        try (TestOffice ignored = TestOffice.embedded(data)) {
            // The demo office.
        }
        try (OfficeServer server = OfficeServer.start(OfficeServer.Options.loopback(data), OfficeApis::on)) {
            String code = server.stations().enrol("sportello-9", StationRole.DESK).code();
            var desk = StationJoin.join(OfficeAddress.parse(server.address()), server.enrolmentPort(), code,
                    dir.resolve("desk")).identity();
            ManagedChannel channel = OfficeChannels.open(server.address(), desk);
            try {
                assertThatThrownBy(() -> AdminGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                        .runCommand(CommandRequest.newBuilder().addArgs("operators").addArgs("list").build()).next())
                        .isInstanceOfSatisfying(StatusRuntimeException.class,
                                e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
            } finally {
                channel.shutdownNow();
            }
        }
    }
}

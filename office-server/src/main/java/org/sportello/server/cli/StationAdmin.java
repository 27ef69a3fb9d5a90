package org.sportello.server.cli;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sportello.server.storage.CrashRecovery;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.station.OfficeChannels;
import org.sportello.protocol.station.StationIdentity;
import org.sportello.protocol.v1.AdminGrpc;
import org.sportello.protocol.v1.EnrolStationRequest;
import org.sportello.protocol.v1.Empty;
import org.sportello.protocol.v1.StationMsg;
import org.sportello.protocol.v1.StationName;
import org.sportello.protocol.wire.Problems;
import org.sportello.server.OfficeServer;
import org.sportello.server.station.EnrolmentCode;
import org.sportello.server.station.Station;
import org.sportello.server.station.StationRegistry;

/**
 * Station administration for a command on the server machine: through the running server with the
 * local administrator's credential ({@code DATA/admin/}), or, when the server is stopped, on the data
 * folder's database directly (the server holds it locked while it runs).
 */
abstract class StationAdmin implements AutoCloseable {
    abstract EnrolmentCode enrol(String name, StationRole role);

    abstract List<Station> list();

    abstract boolean revoke(String name);

    @Override
    public abstract void close();

    static StationAdmin open(Path dataDir) {
        Path running = dataDir.resolve(OfficeServer.RUNNING_FILE);
        Path admin = dataDir.resolve("admin");
        if (Files.isRegularFile(running) && StationIdentity.exists(admin)) {
            String address;
            try {
                address = Files.readString(running, StandardCharsets.US_ASCII).strip();
            } catch (IOException e) {
                throw new CliFailure(ExitCode.FAILURE, "cannot read " + running + ": " + e.getMessage());
            }
            ThroughServer server = new ThroughServer(OfficeChannels.open(address, StationIdentity.load(admin)));
            if (server.answers()) {
                return server;
            }
            // A server that crashed leaves its marker behind; the database is then free to open here.
            server.close();
        }
        if (!Files.exists(dataDir.resolve(OfficeServer.DATABASE_NAME + ".mv.db"))) {
            throw new CliFailure(ExitCode.REFUSED, "there is no office database in " + dataDir
                    + ": run \"sportello office init\" first, or pass --data DIR");
        }
        // No server holds the file: recover what a crashed one committed before this opens it (ADR 24).
        CrashRecovery.recoverLastCommits(dataDir);
        return new OnDataFolder(OfficeDatabase.open(OfficeServer.inProcessUrl(dataDir)));
    }

    private static final class ThroughServer extends StationAdmin {
        private final ManagedChannel channel;
        private final AdminGrpc.AdminBlockingStub stub;

        ThroughServer(ManagedChannel channel) {
            this.channel = channel;
            this.stub = AdminGrpc.newBlockingStub(channel);
        }

        boolean answers() {
            try {
                list();
                return true;
            } catch (StatusRuntimeException e) {
                if (e.getStatus().getCode() == Status.Code.UNAVAILABLE) {
                    return false;
                }
                throw Problems.fromStatus(e, "the office server");
            }
        }

        private AdminGrpc.AdminBlockingStub call() {
            return stub.withDeadlineAfter(15, TimeUnit.SECONDS);
        }

        @Override
        EnrolmentCode enrol(String name, StationRole role) {
            try {
                var code = call().enrolStation(EnrolStationRequest.newBuilder().setName(name).setRole(role.wireName()).build());
                return new EnrolmentCode(name, role, code.getCode().replace("-", ""), Instant.ofEpochMilli(code.getExpiresAt()));
            } catch (StatusRuntimeException e) {
                throw Problems.fromStatus(e, "the office server");
            }
        }

        @Override
        List<Station> list() {
            List<Station> stations = new ArrayList<>();
            for (StationMsg m : call().listStations(Empty.getDefaultInstance()).getStationsList()) {
                stations.add(new Station(m.getName(), StationRole.parse(m.getRole()).orElseThrow(), m.getSerial(),
                        Instant.ofEpochMilli(m.getEnrolledAt()),
                        m.hasRevokedAtMs() ? Instant.ofEpochMilli(m.getRevokedAtMs()) : null,
                        m.hasLastSeenMs() ? Instant.ofEpochMilli(m.getLastSeenMs()) : null));
            }
            return stations;
        }

        @Override
        boolean revoke(String name) {
            try {
                call().revokeStation(StationName.newBuilder().setName(name).build());
                return true;
            } catch (StatusRuntimeException e) {
                if (e.getStatus().getCode() == Status.Code.INVALID_ARGUMENT) {
                    return false;
                }
                throw Problems.fromStatus(e, "the office server");
            }
        }

        @Override
        public void close() {
            channel.shutdownNow();
        }
    }

    private static final class OnDataFolder extends StationAdmin {
        private final OfficeDatabase database;
        private final StationRegistry registry;

        OnDataFolder(OfficeDatabase database) {
            this.database = database;
            try {
                database.migrate();
                this.registry = StationRegistry.open(database.dataSource(), Clock.systemUTC());
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        }

        @Override
        EnrolmentCode enrol(String name, StationRole role) {
            return registry.enrol(name, role);
        }

        @Override
        List<Station> list() {
            return registry.list();
        }

        @Override
        boolean revoke(String name) {
            return registry.revoke(name);
        }

        @Override
        public void close() {
            database.close();
        }
    }
}

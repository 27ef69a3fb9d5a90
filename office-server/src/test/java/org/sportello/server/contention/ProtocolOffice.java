package org.sportello.server.contention;

import io.grpc.ManagedChannel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sportello.model.auth.PasswordHasher;
import org.sportello.server.storage.JooqOfficeSetupWriter;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.model.setup.OfficeSetup;
import org.sportello.server.testing.TestOffice;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.station.OfficeAddress;
import org.sportello.protocol.station.OfficeChannels;
import org.sportello.protocol.station.StationJoin;
import org.sportello.server.OfficeApis;
import org.sportello.server.OfficeServer;

/**
 * A real office server on 127.0.0.1 serving every office service, with stations that enrol and join
 * as real ones do (one-time code, own key pair, own TLS connection): the one way workstations reach
 * the office queue since the trust boundary (ADR 23).
 */
final class ProtocolOffice implements AutoCloseable {
    final Path data;
    final OfficeServer server;
    private final Path identities;
    private final List<ManagedChannel> channels = new ArrayList<>();

    private ProtocolOffice(Path dir, Clock clock) {
        this.data = dir.resolve("data");
        this.identities = dir.resolve("stations");
        this.server = OfficeServer.start(OfficeServer.Options.loopback(data).withClock(clock),
                s -> OfficeApis.on(s, clock));
    }

    /** The demo office, written before the server takes the database; the server runs on {@code clock}. */
    static ProtocolOffice demo(Path dir, Clock clock) {
        try (TestOffice ignored = TestOffice.embedded(dir.resolve("data"))) {
            // migrated and loaded; closed so that the server is the database's only user
        }
        return new ProtocolOffice(dir, clock);
    }

    /** An office with {@code setup} written before the server starts, on the system clock. */
    static ProtocolOffice with(Path dir, OfficeSetup setup) {
        try (OfficeDatabase db = OfficeDatabase.open(OfficeDatabase.fileUrl(dir.resolve("data")))) {
            db.migrate();
            new JooqOfficeSetupWriter(db, new PasswordHasher(1000)).apply(setup);
        }
        return new ProtocolOffice(dir, Clock.systemUTC());
    }

    OfficeAddress address() {
        return new OfficeAddress("127.0.0.1", server.port());
    }

    /** A one-time code for a station to join with (e.g. from another process). */
    String code(String name, StationRole role) {
        return server.stations().enrol(name, role).grouped();
    }

    /** Enrols, joins and connects a station of this process. */
    ManagedChannel station(String name, StationRole role) {
        StationJoin.Joined joined = StationJoin.join(address(), server.enrolmentPort(), code(name, role),
                identities.resolve(name));
        ManagedChannel channel = OfficeChannels.open(address(), joined.identity());
        synchronized (channels) {
            channels.add(channel);
        }
        return channel;
    }

    /** The office database, to check after {@link #close()} (the server holds it while it runs). */
    OfficeDatabase database() {
        return OfficeDatabase.open(OfficeDatabase.fileUrl(data));
    }

    @Override
    public void close() throws InterruptedException {
        synchronized (channels) {
            for (ManagedChannel c : channels) {
                c.shutdownNow();
            }
            for (ManagedChannel c : channels) {
                c.awaitTermination(5, TimeUnit.SECONDS);
            }
        }
        server.close();
    }
}

package org.sportello.server.bench;

import io.grpc.ManagedChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.station.OfficeAddress;
import org.sportello.protocol.station.OfficeChannels;
import org.sportello.protocol.station.StationJoin;
import org.sportello.server.OfficeServer;

/**
 * The benchmark's workstations, each enrolled as a real one is: a one-time code from the server, a
 * key pair made here and a certificate signed through the enrolment port, kept in its own folder; then
 * its own mutual-TLS channel (its own connection) to the main port. Nothing is shared between two
 * stations but the server.
 */
final class BenchStations implements AutoCloseable {
    private final OfficeServer server;
    private final Path identities;
    private final List<ManagedChannel> channels = new ArrayList<>();

    BenchStations(OfficeServer server, Path identities) {
        this.server = server;
        this.identities = identities;
    }

    /** Enrols {@code name} with {@code role}, joins it and opens its channel to the office. */
    ManagedChannel join(String name, StationRole role) {
        OfficeAddress office = new OfficeAddress("127.0.0.1", server.port());
        String code = server.stations().enrol(name, role).grouped();
        StationJoin.Joined joined = StationJoin.join(office, server.enrolmentPort(), code, identities.resolve(name));
        ManagedChannel channel = OfficeChannels.open(office, joined.identity());
        synchronized (channels) {
            channels.add(channel);
        }
        return channel;
    }

    int count() {
        synchronized (channels) {
            return channels.size();
        }
    }

    @Override
    public void close() {
        List<ManagedChannel> open;
        synchronized (channels) {
            open = List.copyOf(channels);
            channels.clear();
        }
        open.forEach(ManagedChannel::shutdownNow);
        for (ManagedChannel c : open) {
            try {
                c.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

package org.sportello.server.bench;

import io.grpc.ManagedChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.channel.Channel;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.epoll.Epoll;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollSocketChannel;
import io.grpc.netty.shaded.io.netty.channel.nio.NioEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.socket.nio.NioSocketChannel;
import io.grpc.netty.shaded.io.netty.util.concurrent.DefaultThreadFactory;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.station.OfficeAddress;
import org.sportello.protocol.station.OfficeChannels;
import org.sportello.protocol.station.StationJoin;
import org.sportello.server.OfficeServer;

/**
 * The benchmark's workstations, each enrolled as a real one is: a one-time code from the server, a
 * key pair made here and a certificate signed through the enrolment port, kept in its own folder; then
 * its own mutual-TLS channel (its own connection) to the main port. Nothing is shared between two
 * stations but the server and the one thread that runs their connections.
 */
final class BenchStations implements AutoCloseable {
    static final String NETWORK_THREAD = "bench-station-io";
    private final OfficeServer server;
    private final Path identities;
    private final List<ManagedChannel> channels = new ArrayList<>();
    private final EventLoopGroup network;
    private final Consumer<NettyChannelBuilder> threads;

    BenchStations(OfficeServer server, Path identities) {
        this.server = server;
        this.identities = identities;
        // Each real station is its own PC; here 52 share two cores with the server, so they share one
        // event loop (gRPC's default would be four, each wake-up a context switch) and the displays'
        // stream callbacks, which only note the time, run on it instead of hopping to an executor.
        ThreadFactory named = new DefaultThreadFactory(NETWORK_THREAD, true);
        Class<? extends Channel> type;
        if (Epoll.isAvailable()) {
            network = new EpollEventLoopGroup(1, named);
            type = EpollSocketChannel.class;
        } else {
            network = new NioEventLoopGroup(1, named);
            type = NioSocketChannel.class;
        }
        threads = b -> b.eventLoopGroup(network).channelType(type).directExecutor();
    }

    /** Enrols {@code name} with {@code role}, joins it and opens its channel to the office. */
    ManagedChannel join(String name, StationRole role) {
        OfficeAddress office = new OfficeAddress("127.0.0.1", server.port());
        String code = server.stations().enrol(name, role).grouped();
        StationJoin.Joined joined = StationJoin.join(office, server.enrolmentPort(), code, identities.resolve(name));
        ManagedChannel channel = OfficeChannels.open(office, joined.identity(), threads);
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
        network.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }
}

package org.sportello.protocol.station;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;
import org.sportello.protocol.ProtocolVersion;

/**
 * The channel every workstation and remote command talks to the office through: TLS 1.3, this
 * station's certificate, and only the office CA trusted.
 */
public final class OfficeChannels {
    /** Room for the largest answer a station asks for (a document's PDF). */
    public static final int MAX_INBOUND_BYTES = 32 * 1024 * 1024;
    static final String TLS_1_3 = "TLSv1.3";

    private OfficeChannels() {
    }

    /** {@code address} as {@code office serve} prints it, {@code host[:port]} (port 9443 when left out). */
    public static ManagedChannel open(String address, StationIdentity identity) {
        return open(OfficeAddress.parse(address), identity);
    }

    public static ManagedChannel open(OfficeAddress address, StationIdentity identity) {
        return open(address, identity, builder -> { });
    }

    /**
     * As {@link #open(OfficeAddress, StationIdentity)}, with the transport's threads chosen by the
     * caller: a process that simulates many stations (the benchmark) shares one event loop among them.
     */
    public static ManagedChannel open(OfficeAddress address, StationIdentity identity,
                                      Consumer<NettyChannelBuilder> threads) {
        SslContext tls;
        try {
            tls = GrpcSslContexts.forClient()
                    .keyManager(identity.key(), identity.certificate())
                    .trustManager(OfficeTrust.of(identity.officeCa()))
                    .protocols(TLS_1_3)
                    .build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot set up TLS with this station's identity: " + e.getMessage(), e);
        }
        NettyChannelBuilder builder = NettyChannelBuilder.forAddress(address.host(), address.port());
        threads.accept(builder);
        return builder
                .sslContext(tls)
                .maxInboundMessageSize(MAX_INBOUND_BYTES)
                // Finds a dead link (server gone, cable out) within a minute even when no call is running,
                // so the apps show their outage state and reconnect by themselves.
                .keepAliveTime(30, TimeUnit.SECONDS)
                .keepAliveTimeout(10, TimeUnit.SECONDS)
                .keepAliveWithoutCalls(true)
                // Every call says which protocol this station speaks, so an upgraded server can ask it to update.
                .intercept(ProtocolVersion.stamp())
                .build();
    }
}

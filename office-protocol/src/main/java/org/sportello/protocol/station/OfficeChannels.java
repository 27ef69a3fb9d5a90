package org.sportello.protocol.station;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
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
    /** Netty's switch for its Flight Recorder events, under grpc-netty-shaded's relocated name. */
    static final String NETTY_JFR = "io.grpc.netty.shaded.io.netty.jfr.enabled";

    static {
        // Netty asks the Flight Recorder whether it runs as soon as it starts, which loads a hundred JFR
        // classes before a station's first screen (issue 15); its events are of no use to a station.
        // A -D on the command line still wins.
        if (System.getProperty(NETTY_JFR) == null) {
            System.setProperty(NETTY_JFR, "false");
        }
    }

    private OfficeChannels() {
    }

    /** A station's TLS: TLS 1.3 only, by Netty's choice of engine (its bundled BoringSSL when it loads). */
    static SslContextBuilder clientTls() {
        return GrpcSslContexts.forClient().protocols(TLS_1_3);
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
            tls = clientTls()
                    .keyManager(identity.key(), identity.certificate())
                    .trustManager(OfficeTrust.of(identity.officeCa()))
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

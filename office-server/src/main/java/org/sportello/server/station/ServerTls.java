package org.sportello.server.station;

import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import javax.net.ssl.SSLException;

/**
 * The TLS set-ups of the server's two ports: the main port wants a client certificate from the office
 * CA (TLS 1.3 only); the enrolment port has no client certificate (stations have none yet).
 */
public final class ServerTls {
    /** The largest request a station may send; bigger ones are refused before they are read. */
    public static final int MAX_INBOUND_BYTES = 64 * 1024;
    private static final String TLS_1_3 = "TLSv1.3";

    private ServerTls() {
    }

    public static SslContext mutualTls(OfficeCa ca) {
        try {
            return GrpcSslContexts.configure(SslContextBuilder.forServer(ca.serverKey(), ca.serverCertificate(), ca.certificate()))
                    .trustManager(ca.certificate())
                    .clientAuth(ClientAuth.REQUIRE)
                    .protocols(TLS_1_3)
                    .build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot set up TLS for the main port: " + e.getMessage(), e);
        }
    }

    public static SslContext enrolmentTls(OfficeCa ca) {
        try {
            return GrpcSslContexts.configure(SslContextBuilder.forServer(ca.serverKey(), ca.serverCertificate(), ca.certificate()))
                    .clientAuth(ClientAuth.NONE)
                    .protocols(TLS_1_3)
                    .build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot set up TLS for the enrolment port: " + e.getMessage(), e);
        }
    }
}

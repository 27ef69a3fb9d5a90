package org.sportello.server.api;

import io.grpc.BindableService;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sportello.protocol.StationRole;

/**
 * An in-process office server whose callers are whatever station a test says: a header names the
 * station and its role, and an interceptor puts that {@link Caller} into the call's context, where the
 * real server's TLS interceptor puts the one its client certificate proves. No header, no caller.
 */
final class TestStations implements AutoCloseable {
    private static final Metadata.Key<String> STATION = Metadata.Key.of("x-test-station", Metadata.ASCII_STRING_MARSHALLER);
    private static final Metadata.Key<String> ROLE = Metadata.Key.of("x-test-role", Metadata.ASCII_STRING_MARSHALLER);

    private final String name = InProcessServerBuilder.generateName();
    private final Server server;
    private final List<ManagedChannel> channels = new ArrayList<>();

    TestStations(BindableService service) {
        try {
            server = InProcessServerBuilder.forName(name).directExecutor()
                    .maxInboundMessageSize(64 * 1024)
                    .addService(ServerInterceptors.intercept(service, new AsStation()))
                    .build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A channel whose calls come from station {@code station} with {@code role}. */
    ManagedChannel station(String station, StationRole role) {
        Metadata headers = new Metadata();
        headers.put(STATION, station);
        headers.put(ROLE, role.name());
        ManagedChannel channel = InProcessChannelBuilder.forName(name).directExecutor()
                .intercept(MetadataUtils.newAttachHeadersInterceptor(headers)).build();
        channels.add(channel);
        return channel;
    }

    /** A channel whose calls carry no station at all, as if no interceptor had vouched for them. */
    ManagedChannel anonymous() {
        ManagedChannel channel = InProcessChannelBuilder.forName(name).directExecutor().build();
        channels.add(channel);
        return channel;
    }

    private static final class AsStation implements ServerInterceptor {
        @Override
        public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
                                                           ServerCallHandler<Q, A> next) {
            String station = headers.get(STATION);
            String role = headers.get(ROLE);
            if (station == null || role == null) {
                return next.startCall(call, headers);
            }
            Context context = Context.current().withValue(Caller.KEY,
                    new Caller(station, StationRole.valueOf(role), "00"));
            return Contexts.interceptCall(context, call, headers, next);
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (ManagedChannel c : channels) {
            c.shutdownNow();
        }
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
}

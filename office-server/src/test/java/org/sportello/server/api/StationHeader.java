package org.sportello.server.api;

import io.grpc.Channel;
import io.grpc.ClientInterceptors;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.stub.MetadataUtils;
import org.sportello.protocol.StationRole;

/**
 * Stands in for the TLS interceptor in tests: the station a call comes from is named in a header, so
 * one in-process server can be called by a kiosk, a desk and the administrator station alike and the
 * authorisation is tested without certificates. Never part of the server.
 */
final class StationHeader implements ServerInterceptor {
    private static final Metadata.Key<String> STATION = Metadata.Key.of("test-station", Metadata.ASCII_STRING_MARSHALLER);

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                       ServerCallHandler<Q, R> next) {
        String station = headers.get(STATION);
        if (station == null) {
            // No caller in the Context: Caller.current() refuses, as with a missing interceptor.
            return next.startCall(call, headers);
        }
        String[] parts = station.split("\\|");
        Caller caller = new Caller(parts[0], StationRole.valueOf(parts[1]), parts[2]);
        return Contexts.interceptCall(Context.current().withValue(Caller.KEY, caller), call, headers, next);
    }

    /** A channel whose calls come from this station. */
    static Channel as(Channel channel, String name, StationRole role) {
        Metadata headers = new Metadata();
        headers.put(STATION, name + "|" + role.name() + "|serial-" + name);
        return ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(headers));
    }
}

package org.sportello.server.station;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.ForwardingServerCall;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.protocol.wire.Problems;
import org.sportello.server.api.Caller;

/**
 * Lets a call through only from a station the office knows: TLS has already checked that the client
 * certificate is the office CA's; here its serial must belong to a valid (enrolled, not revoked)
 * station. The call then runs with that station as {@link Caller#KEY} in its context.
 *
 * <p>Open calls are tracked per station, so a revocation ends them at once, server streams included:
 * the client gets UNAUTHENTICATED (STATION_UNKNOWN), and the service sees its context cancelled
 * ({@code Context.current().isCancelled()}, or a listener added to it); whatever it sends after is
 * dropped.
 */
public final class StationAuthInterceptor implements ServerInterceptor, RevocationListener {
    private final StationRegistry registry;
    private final Map<String, Set<RevocableCall<?, ?>>> open = new ConcurrentHashMap<>();

    public StationAuthInterceptor(StationRegistry registry) {
        this.registry = registry;
        registry.onRevoked(this);
    }

    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
                                                     ServerCallHandler<Q, A> next) {
        Optional<Caller> caller = peerSerial(call).flatMap(registry::caller);
        if (caller.isEmpty()) {
            StatusRuntimeException refused = Problems.toStatus(new SportelloException(Problem.STATION_UNKNOWN));
            call.close(refused.getStatus(), refused.getTrailers());
            return new ServerCall.Listener<>() { };
        }
        Caller station = caller.get();
        registry.seen(station);
        Context.CancellableContext context = Context.current().withValue(Caller.KEY, station).withCancellation();
        RevocableCall<Q, A> tracked = new RevocableCall<>(call, context);
        Set<RevocableCall<?, ?>> calls = open.computeIfAbsent(station.name(), n -> ConcurrentHashMap.newKeySet());
        calls.add(tracked);
        if (registry.caller(station.serial()).isEmpty()) {
            // Revoked between the lookup and the registration: the revocation may have missed this call.
            tracked.revoke();
        }
        ServerCall.Listener<Q> listener;
        try {
            listener = Contexts.interceptCall(context, tracked, headers, next);
        } catch (RuntimeException e) {
            ended(station.name(), tracked);
            throw e;
        }
        return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(listener) {
            @Override
            public void onComplete() {
                try {
                    super.onComplete();
                } finally {
                    ended(station.name(), tracked);
                }
            }

            @Override
            public void onCancel() {
                try {
                    super.onCancel();
                } finally {
                    ended(station.name(), tracked);
                }
            }
        };
    }

    /** Ends every open call of the station now. */
    @Override
    public void revoked(String stationName) {
        Set<RevocableCall<?, ?>> calls = open.get(stationName);
        if (calls != null) {
            for (RevocableCall<?, ?> c : calls) {
                c.revoke();
            }
        }
    }

    /** Calls open now for a station (for tests and the station list). */
    public int openCalls(String stationName) {
        Set<RevocableCall<?, ?>> calls = open.get(stationName);
        return calls == null ? 0 : calls.size();
    }

    private void ended(String name, RevocableCall<?, ?> call) {
        call.context.cancel(null);
        open.computeIfPresent(name, (n, calls) -> {
            calls.remove(call);
            return calls.isEmpty() ? null : calls;
        });
    }

    private static Optional<String> peerSerial(ServerCall<?, ?> call) {
        SSLSession session = call.getAttributes().get(Grpc.TRANSPORT_ATTR_SSL_SESSION);
        if (session == null) {
            return Optional.empty();
        }
        try {
            Certificate[] chain = session.getPeerCertificates();
            if (chain.length > 0 && chain[0] instanceof X509Certificate x509) {
                return Optional.of(x509.getSerialNumber().toString(16));
            }
            return Optional.empty();
        } catch (SSLPeerUnverifiedException e) {
            return Optional.empty();
        }
    }

    /**
     * A call that the revoking thread may close while the service is still using it: every use goes
     * through one lock (a ServerCall is not thread-safe), and after the close the service's sends are
     * dropped instead of failing.
     */
    private static final class RevocableCall<Q, A> extends ForwardingServerCall.SimpleForwardingServerCall<Q, A> {
        final Context.CancellableContext context;
        private boolean closed;

        RevocableCall(ServerCall<Q, A> call, Context.CancellableContext context) {
            super(call);
            this.context = context;
        }

        void revoke() {
            StatusRuntimeException refused = Problems.toStatus(new SportelloException(Problem.STATION_UNKNOWN));
            synchronized (this) {
                if (!closed) {
                    closed = true;
                    super.close(refused.getStatus(), refused.getTrailers());
                }
            }
            context.cancel(refused);
        }

        @Override
        public synchronized void sendHeaders(Metadata headers) {
            if (!closed) {
                super.sendHeaders(headers);
            }
        }

        @Override
        public synchronized void sendMessage(A message) {
            if (!closed) {
                super.sendMessage(message);
            }
        }

        @Override
        public synchronized void request(int numMessages) {
            if (!closed) {
                super.request(numMessages);
            }
        }

        @Override
        public synchronized void close(Status status, Metadata trailers) {
            if (!closed) {
                closed = true;
                super.close(status, trailers);
            }
        }

        @Override
        public synchronized boolean isReady() {
            return !closed && super.isReady();
        }
    }
}

package org.sportello.server.station;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.StatusRuntimeException;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.protocol.ProtocolVersion;
import org.sportello.protocol.wire.Problems;

/**
 * Refuses a call from a station whose protocol is older than this server still answers correctly,
 * with {@link Problem#STATION_OUTDATED} ("update this station"), before anything else looks at it: an
 * office upgraded before its kiosks tells each old kiosk what to do instead of failing in odd ways.
 */
public final class ProtocolVersionCheck implements ServerInterceptor {
    /**
     * The oldest protocol this server answers. Stations of version 1 (no header) speak the same messages
     * as version 2, so both are served.
     */
    public static final int OLDEST_ACCEPTED = ProtocolVersion.UNSTAMPED;

    private final int oldest;

    public ProtocolVersionCheck(int oldest) {
        this.oldest = oldest;
    }

    public static ProtocolVersionCheck standard() {
        return new ProtocolVersionCheck(OLDEST_ACCEPTED);
    }

    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
                                                     ServerCallHandler<Q, A> next) {
        int version = ProtocolVersion.of(headers);
        if (version < oldest) {
            StatusRuntimeException refused = Problems.toStatus(
                    new SportelloException(Problem.STATION_OUTDATED, version, oldest));
            call.close(refused.getStatus(), refused.getTrailers());
            return new ServerCall.Listener<>() { };
        }
        return next.startCall(call, headers);
    }
}

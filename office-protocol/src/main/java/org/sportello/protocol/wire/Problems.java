package org.sportello.protocol.wire;

import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.ProtoUtils;
import java.util.Arrays;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.protocol.v1.ProblemDetail;

/**
 * Refusals on the wire: the server sends a {@link SportelloException} as a gRPC status carrying its
 * {@link Problem} and arguments, and the client throws the same exception again, so every app keeps
 * showing problems in its own language. A server that cannot be reached becomes
 * {@link Problem#OFFICE_UNAVAILABLE}, which the apps treat as an outage (banner, retry).
 */
public final class Problems {
    public static final Metadata.Key<ProblemDetail> DETAIL_KEY =
            ProtoUtils.keyForProto(ProblemDetail.getDefaultInstance());

    private Problems() {
    }

    public static StatusRuntimeException toStatus(SportelloException e) {
        Status status = switch (e.problem()) {
            case NOT_LOGGED_IN, SESSION_EXPIRED, STATION_UNKNOWN -> Status.UNAUTHENTICATED;
            case ACCESS_DENIED, STATION_NOT_ALLOWED -> Status.PERMISSION_DENIED;
            case INVALID_REQUEST, INVALID_TAX_CODE -> Status.INVALID_ARGUMENT;
            case OFFICE_UNAVAILABLE -> Status.UNAVAILABLE;
            case LOGIN_LOCKED -> Status.RESOURCE_EXHAUSTED;
            default -> Status.FAILED_PRECONDITION;
        };
        Metadata trailers = new Metadata();
        trailers.put(DETAIL_KEY, ProblemDetail.newBuilder()
                .setProblem(e.problem().name())
                .addAllArguments(Arrays.stream(e.arguments()).map(String::valueOf).toList())
                .build());
        return status.withDescription(e.getMessage()).asRuntimeException(trailers);
    }

    /** The failure a client call met, as the apps know failures. */
    public static RuntimeException fromStatus(StatusRuntimeException e, String where) {
        Metadata trailers = e.getTrailers();
        ProblemDetail detail = trailers == null ? null : trailers.get(DETAIL_KEY);
        if (detail != null) {
            try {
                Problem problem = Problem.valueOf(detail.getProblem());
                return new SportelloException(problem, e, detail.getArgumentsList().toArray());
            } catch (IllegalArgumentException newerServer) {
                // A problem this client does not know yet: say what the server said.
                return new SportelloException(Problem.INVALID_REQUEST, e, e.getStatus().getDescription());
            }
        }
        return switch (e.getStatus().getCode()) {
            case UNAVAILABLE, DEADLINE_EXCEEDED, CANCELLED, ABORTED ->
                    new SportelloException(Problem.OFFICE_UNAVAILABLE, e, where);
            case UNAUTHENTICATED -> new SportelloException(Problem.STATION_UNKNOWN, e);
            case INVALID_ARGUMENT, OUT_OF_RANGE, RESOURCE_EXHAUSTED ->
                    new SportelloException(Problem.INVALID_REQUEST, e, String.valueOf(e.getStatus().getDescription()));
            default -> new SportelloException(Problem.OFFICE_UNAVAILABLE, e, where + ": " + e.getStatus().getCode());
        };
    }
}

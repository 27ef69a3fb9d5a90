package org.sportello.server.station;

import com.google.protobuf.ByteString;
import io.grpc.Grpc;
import io.grpc.stub.StreamObserver;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.protocol.v1.EnrolmentGrpc;
import org.sportello.protocol.v1.JoinReply;
import org.sportello.protocol.v1.JoinRequest;
import org.sportello.server.api.Calls;

/** {@code Enrolment.Join}, served alone on the enrolment port (TLS, no client certificate). */
public final class EnrolmentApi extends EnrolmentGrpc.EnrolmentImplBase {
    private static final int MAX_KEY_BYTES = 512;
    private static final int PROOF_BYTES = 32;

    private final StationEnrolment enrolment;
    private final JoinThrottle throttle;

    public EnrolmentApi(StationEnrolment enrolment, Clock clock) {
        this.enrolment = enrolment;
        this.throttle = new JoinThrottle(clock);
    }

    @Override
    public void join(JoinRequest request, StreamObserver<JoinReply> observer) {
        String from = remoteHost();
        Calls.answer(observer, () -> {
            if (!throttle.allows(from)) {
                throw new SportelloException(Problem.ENROLMENT_REFUSED);
            }
            if (request.getPublicKey().size() > MAX_KEY_BYTES || request.getProof().size() != PROOF_BYTES) {
                throttle.failed(from);
                throw new SportelloException(Problem.ENROLMENT_REFUSED);
            }
            StationEnrolment.Joined joined;
            try {
                joined = enrolment.join(request.getPublicKey().toByteArray(), request.getProof().toByteArray());
            } catch (SportelloException | IllegalArgumentException refused) {
                throttle.failed(from);
                throw new SportelloException(Problem.ENROLMENT_REFUSED);
            }
            try {
                return JoinReply.newBuilder()
                        .setStationName(joined.name())
                        .setRole(joined.role().wireName())
                        .setCertificate(ByteString.copyFrom(joined.certificate().getEncoded()))
                        .setCaCertificate(ByteString.copyFrom(joined.caCertificate().getEncoded()))
                        .setOfficeCode(joined.officeCode())
                        .build();
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String remoteHost() {
        SocketAddress remote = RemoteAddress.KEY.get();
        if (remote instanceof InetSocketAddress inet) {
            return inet.getAddress() == null ? inet.getHostString() : inet.getAddress().getHostAddress();
        }
        return String.valueOf(remote);
    }

    /** What the enrolment port must intercept its calls with, so the throttle knows who calls. */
    public static io.grpc.ServerInterceptor remoteAddressInterceptor() {
        return new RemoteAddress();
    }

    /** Puts the caller's address in the call's context (the service itself cannot see the transport). */
    static final class RemoteAddress implements io.grpc.ServerInterceptor {
        static final io.grpc.Context.Key<SocketAddress> KEY = io.grpc.Context.key("sportello-remote-address");

        @Override
        public <Q, A> io.grpc.ServerCall.Listener<Q> interceptCall(io.grpc.ServerCall<Q, A> call, io.grpc.Metadata headers,
                                                                 io.grpc.ServerCallHandler<Q, A> next) {
            io.grpc.Context context = io.grpc.Context.current().withValue(KEY,
                    call.getAttributes().get(Grpc.TRANSPORT_ATTR_REMOTE_ADDR));
            return io.grpc.Contexts.interceptCall(context, call, headers, next);
        }
    }
}

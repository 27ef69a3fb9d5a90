package org.sportello.protocol.client;

import io.grpc.Channel;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.protocol.v1.DocumentsGrpc;
import org.sportello.protocol.v1.SessionRef;
import org.sportello.protocol.wire.Problems;

/**
 * One blocking call to the office's Documents service, with its deadline, and its failure as the apps
 * know failures ({@link Problems#fromStatus}). Shared by the documents clients.
 */
final class DocumentCalls {
    /** Issuing renders a PDF on the server, and the answer carries it. */
    static final Duration DOCUMENTS = Duration.ofSeconds(30);
    /** Look-ups and checks: a desk must not freeze on a slow office. */
    static final Duration LOOK_UPS = Duration.ofSeconds(5);

    private final DocumentsGrpc.DocumentsBlockingStub stub;
    private final Duration deadline;

    DocumentCalls(Channel channel, Duration deadline) {
        this.stub = DocumentsGrpc.newBlockingStub(Objects.requireNonNull(channel, "channel"));
        this.deadline = deadline;
    }

    <T> T call(String what, Function<DocumentsGrpc.DocumentsBlockingStub, T> call) {
        try {
            return call.apply(stub.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS));
        } catch (StatusRuntimeException e) {
            throw Problems.fromStatus(e, what);
        }
    }

    /** The operator's server-side session; a session without one was never opened on the server. */
    static SessionRef session(OperatorSession session) {
        if (session == null || session.token() == null || session.token().isEmpty()) {
            throw new SportelloException(Problem.NOT_LOGGED_IN);
        }
        return SessionRef.newBuilder().setToken(session.token()).build();
    }
}

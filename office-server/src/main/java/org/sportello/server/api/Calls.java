package org.sportello.server.api;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.protocol.wire.Problems;

/**
 * Answers one unary call: the reply, or the refusal as the client can read it. A refusal goes to that
 * caller alone; a bug is logged and answered as INTERNAL without its details.
 */
public final class Calls {
    private static final Logger LOG = Logger.getLogger(Calls.class.getName());

    private Calls() {
    }

    public static <T> void answer(StreamObserver<T> observer, Supplier<T> work) {
        T reply;
        try {
            reply = work.get();
        } catch (RuntimeException e) {
            observer.onError(status(e));
            return;
        }
        observer.onNext(reply);
        observer.onCompleted();
    }

    /** What a failure looks like on the wire. */
    public static StatusRuntimeException status(Throwable e) {
        if (e instanceof SportelloException s) {
            return Problems.toStatus(s);
        }
        if (e instanceof StatusRuntimeException s) {
            return s;
        }
        if (e instanceof IllegalArgumentException bad) {
            return Problems.toStatus(new SportelloException(Problem.INVALID_REQUEST, bad,
                    String.valueOf(bad.getMessage())));
        }
        LOG.log(Level.SEVERE, "a call failed on the server", e);
        return Status.INTERNAL.withDescription("the office server failed; see its log").asRuntimeException();
    }
}

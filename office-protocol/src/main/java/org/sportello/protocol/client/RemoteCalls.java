package org.sportello.protocol.client;

import io.grpc.StatusRuntimeException;
import io.grpc.stub.AbstractStub;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.sportello.protocol.wire.Problems;

/** How every unary call of the client goes: with a deadline, and failures as the apps know them. */
final class RemoteCalls {
    static final Duration DEADLINE = Duration.ofSeconds(5);

    private RemoteCalls() {
    }

    /** The stub for one call: deadlines are absolute, so each call takes a fresh one. */
    static <S extends AbstractStub<S>> S timed(S stub) {
        return stub.withDeadlineAfter(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    }

    static <T> T call(String where, Supplier<T> call) {
        try {
            return call.get();
        } catch (StatusRuntimeException e) {
            throw Problems.fromStatus(e, where);
        }
    }
}

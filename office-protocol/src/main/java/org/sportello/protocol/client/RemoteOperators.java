package org.sportello.protocol.client;

import io.grpc.Channel;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.sportello.model.auth.OperatorAccount;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.Role;
import org.sportello.protocol.v1.AdminGrpc;
import org.sportello.protocol.v1.OperatorMsg;
import org.sportello.protocol.v1.OperatorRequest;
import org.sportello.protocol.v1.SessionRef;
import org.sportello.protocol.wire.Problems;

/**
 * The operator RPCs of the Admin service, for the command line and an administrator's desk. From the
 * server's own administrator station {@code session} may be null; from a desk it is the logged-in
 * administrator's (or supervisor's, to unlock).
 */
public final class RemoteOperators {
    private final AdminGrpc.AdminBlockingStub stub;
    private final Duration deadline;
    private final OperatorSession session;

    public RemoteOperators(Channel channel, OperatorSession session) {
        this(channel, session, RemoteAuth.DEFAULT_DEADLINE);
    }

    public RemoteOperators(Channel channel, OperatorSession session, Duration deadline) {
        this.stub = AdminGrpc.newBlockingStub(channel);
        this.session = session;
        this.deadline = deadline;
    }

    public OperatorAccount add(String login, String name, Role role, char[] password) {
        return account(call("add an operator", () -> stub().addOperator(request(login)
                .setName(name).setRole(role.name()).setPassword(new String(password)).build())));
    }

    public void setPassword(String login, char[] password) {
        call("set a password", () -> stub().setPassword(request(login).setPassword(new String(password)).build()));
    }

    public void unlock(String login) {
        call("unlock a login", () -> stub().unlockOperator(request(login).build()));
    }

    public List<OperatorAccount> list() {
        return call("list operators", () -> stub().listOperators(request("").build())).getOperatorsList().stream()
                .map(RemoteOperators::account).toList();
    }

    private OperatorRequest.Builder request(String login) {
        OperatorRequest.Builder r = OperatorRequest.newBuilder().setLogin(login == null ? "" : login);
        if (session != null && session.token() != null) {
            r.setSession(SessionRef.newBuilder().setToken(session.token()));
        }
        return r;
    }

    private AdminGrpc.AdminBlockingStub stub() {
        return stub.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static <T> T call(String what, Supplier<T> rpc) {
        try {
            return rpc.get();
        } catch (StatusRuntimeException e) {
            throw Problems.fromStatus(e, what);
        }
    }

    static OperatorAccount account(OperatorMsg m) {
        return new OperatorAccount(UUID.fromString(m.getId()), m.getLogin(), m.getName(), Role.valueOf(m.getRole()),
                m.getActive(), m.hasLockedUntilMs() ? Optional.of(Instant.ofEpochMilli(m.getLockedUntilMs()))
                        : Optional.empty(), m.getFailedAttempts());
    }
}

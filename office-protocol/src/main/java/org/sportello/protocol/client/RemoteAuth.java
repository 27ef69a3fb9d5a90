package org.sportello.protocol.client;

import io.grpc.Channel;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.sportello.model.auth.AuthService;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.Role;
import org.sportello.protocol.v1.AuthGrpc;
import org.sportello.protocol.v1.BadgeLoginRequest;
import org.sportello.protocol.v1.LoginRequest;
import org.sportello.protocol.v1.Session;
import org.sportello.protocol.v1.SessionRef;
import org.sportello.protocol.wire.Problems;

/**
 * Logging in at a workstation: the office server checks the password and keeps the session; the
 * {@link OperatorSession} returned here carries its token, which every later call of this station
 * sends. Refusals come back as the same problems as before (LOGIN_FAILED, LOGIN_LOCKED…), an
 * unreachable server as OFFICE_UNAVAILABLE.
 */
public final class RemoteAuth implements AuthService {
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(5);

    private final AuthGrpc.AuthBlockingStub stub;
    private final Duration deadline;

    public RemoteAuth(Channel channel) {
        this(channel, DEFAULT_DEADLINE);
    }

    public RemoteAuth(Channel channel, Duration deadline) {
        this.stub = AuthGrpc.newBlockingStub(channel);
        this.deadline = deadline;
    }

    @Override
    public OperatorSession login(String login, char[] password) {
        LoginRequest request = LoginRequest.newBuilder().setLogin(login == null ? "" : login)
                .setPassword(new String(password)).build();
        try {
            return session(stub().login(request));
        } catch (StatusRuntimeException e) {
            throw Problems.fromStatus(e, "log in");
        }
    }

    @Override
    public OperatorSession loginWithBadge(String badgeId) {
        try {
            return session(stub().loginWithBadge(BadgeLoginRequest.newBuilder()
                    .setBadgeId(badgeId == null ? "" : badgeId).build()));
        } catch (StatusRuntimeException e) {
            throw Problems.fromStatus(e, "log in with a badge");
        }
    }

    /** Ends the session on the server; a session the server already ended is no error. */
    public void logout(OperatorSession session) {
        if (session == null || session.token() == null) {
            return;
        }
        try {
            stub().logout(SessionRef.newBuilder().setToken(session.token()).build());
        } catch (StatusRuntimeException e) {
            throw Problems.fromStatus(e, "log out");
        }
    }

    private AuthGrpc.AuthBlockingStub stub() {
        return stub.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    static OperatorSession session(Session s) {
        return new OperatorSession(UUID.fromString(s.getOperatorId()), s.getLogin(), s.getDisplayName(),
                Role.valueOf(s.getRole()), s.getToken());
    }
}

package org.sportello.server.api;

import io.grpc.stub.StreamObserver;
import java.util.Arrays;
import org.sportello.model.auth.OperatorInput;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.v1.AuthGrpc;
import org.sportello.protocol.v1.BadgeLoginRequest;
import org.sportello.protocol.v1.Empty;
import org.sportello.protocol.v1.LoginRequest;
import org.sportello.protocol.v1.Session;
import org.sportello.protocol.v1.SessionRef;
import org.sportello.server.session.OperatorSessions;

/**
 * Operators log in here, from a desk or the server's own administrator station; kiosks, displays and
 * self-service stations are refused before any password is looked at.
 */
public final class AuthApi extends AuthGrpc.AuthImplBase {
    /** A login longer than any the office accepts is not worth a database lookup. */
    private static final int MAX_LOGIN_LENGTH = 64;
    private static final int MAX_BADGE_LENGTH = 128;

    private final OperatorSessions sessions;

    public AuthApi(OperatorSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void login(LoginRequest request, StreamObserver<Session> observer) {
        Calls.answer(observer, () -> {
            Caller station = Caller.current().require("log in", StationRole.DESK, StationRole.ADMIN);
            String login = bounded(request.getLogin(), MAX_LOGIN_LENGTH, "login");
            if (request.getPassword().length() > OperatorInput.MAX_PASSWORD_LENGTH) {
                throw new SportelloException(Problem.INVALID_REQUEST, "password too long");
            }
            char[] password = request.getPassword().toCharArray();
            try {
                return session(sessions.login(station, login, password));
            } finally {
                Arrays.fill(password, '\0');
            }
        });
    }

    @Override
    public void loginWithBadge(BadgeLoginRequest request, StreamObserver<Session> observer) {
        Calls.answer(observer, () -> {
            Caller station = Caller.current().require("log in", StationRole.DESK, StationRole.ADMIN);
            return session(sessions.loginWithBadge(station, bounded(request.getBadgeId(), MAX_BADGE_LENGTH, "badge")));
        });
    }

    @Override
    public void logout(SessionRef request, StreamObserver<Empty> observer) {
        Calls.answer(observer, () -> {
            Caller station = Caller.current().require("log out", StationRole.DESK, StationRole.ADMIN);
            sessions.logout(station, request.getToken());
            return Empty.getDefaultInstance();
        });
    }

    static Session session(OperatorSessions.Opened opened) {
        return Session.newBuilder()
                .setToken(opened.token())
                .setOperatorId(opened.operator().operatorId().toString())
                .setLogin(opened.operator().login())
                .setDisplayName(opened.operator().displayName())
                .setRole(opened.operator().role().name())
                .setIdleExpiryMs(opened.idleExpiry().toMillis())
                .build();
    }

    private static String bounded(String text, int max, String what) {
        if (text.length() > max) {
            throw new SportelloException(Problem.INVALID_REQUEST, what + " longer than " + max + " characters");
        }
        return text;
    }
}

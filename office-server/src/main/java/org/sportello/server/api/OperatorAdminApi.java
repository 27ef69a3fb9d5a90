package org.sportello.server.api;

import io.grpc.stub.StreamObserver;
import java.util.Arrays;
import org.sportello.model.auth.OperatorAccount;
import org.sportello.model.auth.OperatorAccounts;
import org.sportello.model.auth.OperatorInput;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.Role;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.v1.AdminGrpc;
import org.sportello.protocol.v1.Empty;
import org.sportello.protocol.v1.OperatorList;
import org.sportello.protocol.v1.OperatorMsg;
import org.sportello.protocol.v1.OperatorRequest;
import org.sportello.server.session.OperatorSessions;

/**
 * The operator RPCs of the Admin service: adding operators, setting passwords, lifting lock-outs and
 * listing operators. The server's own administrator station may do all of it without a session; a
 * desk needs an administrator's session (a supervisor's is enough to unlock). The station RPCs of the
 * same service are another class's; the server combines them.
 */
public class OperatorAdminApi extends AdminGrpc.AdminImplBase {
    private final OperatorAccounts accounts;
    private final OperatorSessions sessions;

    public OperatorAdminApi(OperatorAccounts accounts, OperatorSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    public void addOperator(OperatorRequest request, StreamObserver<OperatorMsg> observer) {
        Calls.answer(observer, () -> {
            authorise(request, Role.ADMIN, "add an operator");
            char[] password = request.getPassword().toCharArray();
            try {
                return message(accounts.add(request.getLogin(), request.getName(), OperatorInput.role(request.getRole()),
                        password));
            } finally {
                Arrays.fill(password, '\0');
            }
        });
    }

    @Override
    public void setPassword(OperatorRequest request, StreamObserver<Empty> observer) {
        Calls.answer(observer, () -> {
            authorise(request, Role.ADMIN, "set a password");
            char[] password = request.getPassword().toCharArray();
            try {
                accounts.setPassword(OperatorInput.login(request.getLogin()), password);
            } finally {
                Arrays.fill(password, '\0');
            }
            return Empty.getDefaultInstance();
        });
    }

    @Override
    public void unlockOperator(OperatorRequest request, StreamObserver<Empty> observer) {
        Calls.answer(observer, () -> {
            authorise(request, Role.SUPERVISOR, "unlock a login");
            accounts.unlock(OperatorInput.login(request.getLogin()));
            return Empty.getDefaultInstance();
        });
    }

    @Override
    public void listOperators(OperatorRequest request, StreamObserver<OperatorList> observer) {
        Calls.answer(observer, () -> {
            authorise(request, Role.ADMIN, "list operators");
            OperatorList.Builder list = OperatorList.newBuilder();
            accounts.list().forEach(a -> list.addOperators(message(a)));
            return list.build();
        });
    }

    /** The local administrator station, or a desk whose operator has {@code needed}. */
    private void authorise(OperatorRequest request, Role needed, String action) {
        Caller station = Caller.current().require(action, StationRole.ADMIN, StationRole.DESK);
        if (station.role() == StationRole.ADMIN) {
            return;
        }
        OperatorSession operator = sessions.require(station, request.getSession().getToken());
        operator.require(needed, action);
    }

    static OperatorMsg message(OperatorAccount a) {
        OperatorMsg.Builder m = OperatorMsg.newBuilder()
                .setId(a.id().toString()).setLogin(a.login()).setName(a.displayName()).setRole(a.role().name())
                .setActive(a.active()).setFailedAttempts(a.failedLogins());
        a.lockedUntil().ifPresent(t -> m.setLockedUntilMs(t.toEpochMilli()));
        return m.build();
    }
}

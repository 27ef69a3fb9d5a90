package org.sportello.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Channel;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sportello.model.auth.OperatorAccount;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.PasswordHasher;
import org.sportello.model.auth.Role;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.server.storage.JooqOperatorAccounts;
import org.sportello.server.testing.TestOffice;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.client.RemoteAuth;
import org.sportello.protocol.client.RemoteOperators;
import org.sportello.protocol.v1.AuthGrpc;
import org.sportello.protocol.v1.LoginRequest;
import org.sportello.protocol.v1.Session;
import org.sportello.server.session.ServerSessions;

/**
 * The Auth service and the operator RPCs of the Admin service over gRPC (in-process), called through
 * the workstation clients {@link RemoteAuth} and {@link RemoteOperators} from stations of every role.
 */
class AuthAndOperatorAdminApiTest {
    @TempDir
    Path dir;
    TestOffice office;
    Server server;
    ManagedChannel channel;

    @BeforeEach
    void start() throws Exception {
        office = TestOffice.embedded(dir);
        ServerSessions sessions = ServerSessions.of(office.connection(), office.clock());
        // Few PBKDF2 rounds for passwords set in tests: the hash records its own count.
        JooqOperatorAccounts accounts = new JooqOperatorAccounts(office.connection().database(),
                office.connection().directory().office().id(), new PasswordHasher(1000), office.clock());
        String name = InProcessServerBuilder.generateName();
        server = InProcessServerBuilder.forName(name).directExecutor()
                .addService(new AuthApi(sessions))
                .addService(new OperatorAdminApi(accounts, sessions))
                .intercept(new StationHeader())
                .build().start();
        channel = InProcessChannelBuilder.forName(name).directExecutor().build();
    }

    @AfterEach
    void stop() throws InterruptedException {
        channel.shutdownNow();
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        office.close();
    }

    private Channel station(String name, StationRole role) {
        return StationHeader.as(channel, name, role);
    }

    private RemoteAuth auth(Channel station) {
        return new RemoteAuth(station);
    }

    private static void refused(ThrowingCallable call, Problem problem) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SportelloException.class,
                e -> assertThat(e.problem()).isEqualTo(problem));
    }

    @ParameterizedTest
    @EnumSource(value = StationRole.class, names = {"KIOSK", "DISPLAY", "SELF_SERVICE"})
    void stationsWithoutOperatorsCannotLogIn(StationRole role) {
        RemoteAuth auth = auth(station("somewhere", role));
        refused(() -> auth.login("admin", TestOffice.PASSWORD.toCharArray()), Problem.STATION_NOT_ALLOWED);
        refused(() -> auth.loginWithBadge("04A1B2C3"), Problem.STATION_NOT_ALLOWED);
        refused(() -> new RemoteOperators(station("somewhere", role), null).list(), Problem.STATION_NOT_ALLOWED);
    }

    @Test
    void aDeskLogsInAndGetsTheServersToken() {
        Channel desk = station("sportello-1", StationRole.DESK);
        OperatorSession session = auth(desk).login("gverdi", TestOffice.PASSWORD.toCharArray());
        assertThat(session.login()).isEqualTo("gverdi");
        assertThat(session.displayName()).isEqualTo("Giulia Verdi");
        assertThat(session.role()).isEqualTo(Role.SUPERVISOR);
        assertThat(session.token()).hasSize(43);
        assertThat(session.toString()).doesNotContain(session.token());

        Session raw = AuthGrpc.newBlockingStub(desk).login(LoginRequest.newBuilder().setLogin("mrossi")
                .setPassword(TestOffice.PASSWORD).build());
        assertThat(raw.getIdleExpiryMs()).isEqualTo(Duration.ofMinutes(30).toMillis());
        assertThat(raw.getRole()).isEqualTo("OPERATOR");

        assertThat(auth(station("server", StationRole.ADMIN)).login("admin", TestOffice.PASSWORD.toCharArray())
                .role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void wrongPasswordsAndTheLockOutReachTheDeskAsProblems() {
        RemoteAuth desk = auth(station("sportello-1", StationRole.DESK));
        for (int i = 0; i < 4; i++) {
            refused(() -> desk.login("mrossi", "wrong".toCharArray()), Problem.LOGIN_FAILED);
        }
        assertThatThrownBy(() -> desk.login("mrossi", "wrong".toCharArray()))
                .isInstanceOfSatisfying(SportelloException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.LOGIN_LOCKED);
                    assertThat(e.arguments()).containsExactly("mrossi", "10:05");
                });
        refused(() -> desk.login("mrossi", TestOffice.PASSWORD.toCharArray()), Problem.LOGIN_LOCKED);

        // A supervisor at another desk lifts it.
        Channel supervisorDesk = station("sportello-2", StationRole.DESK);
        OperatorSession supervisor = auth(supervisorDesk).login("gverdi", TestOffice.PASSWORD.toCharArray());
        RemoteOperators asSupervisor = new RemoteOperators(supervisorDesk, supervisor);
        asSupervisor.unlock("mrossi");
        assertThat(desk.login("mrossi", TestOffice.PASSWORD.toCharArray()).login()).isEqualTo("mrossi");
    }

    @Test
    void onlyAnAdministratorAddsOperatorsAndSupervisorsMayUnlock() {
        Channel desk = station("sportello-1", StationRole.DESK);
        OperatorSession operator = auth(desk).login("mrossi", TestOffice.PASSWORD.toCharArray());
        OperatorSession supervisor = auth(desk).login("gverdi", TestOffice.PASSWORD.toCharArray());
        OperatorSession admin = auth(desk).login("admin", TestOffice.PASSWORD.toCharArray());
        char[] password = "a-long-password".toCharArray();

        refused(() -> new RemoteOperators(desk, null).add("anna", "Anna Neri", Role.OPERATOR, password),
                Problem.NOT_LOGGED_IN);
        refused(() -> new RemoteOperators(desk, operator).add("anna", "Anna Neri", Role.OPERATOR, password),
                Problem.ACCESS_DENIED);
        refused(() -> new RemoteOperators(desk, supervisor).add("anna", "Anna Neri", Role.OPERATOR, password),
                Problem.ACCESS_DENIED);
        refused(() -> new RemoteOperators(desk, operator).unlock("lbianchi"), Problem.ACCESS_DENIED);
        refused(() -> new RemoteOperators(desk, supervisor).list(), Problem.ACCESS_DENIED);
        new RemoteOperators(desk, supervisor).unlock("lbianchi");

        OperatorAccount anna = new RemoteOperators(desk, admin).add("Anna", "Anna Neri", Role.OPERATOR, password);
        assertThat(anna.login()).isEqualTo("anna");
        assertThat(auth(desk).login("anna", password).displayName()).isEqualTo("Anna Neri");

        // The server's own administrator station needs no operator session.
        RemoteOperators local = new RemoteOperators(station("server", StationRole.ADMIN), null);
        local.setPassword("anna", "another-password".toCharArray());
        refused(() -> auth(desk).login("anna", password), Problem.LOGIN_FAILED);
        assertThat(auth(desk).login("anna", "another-password".toCharArray()).login()).isEqualTo("anna");
        assertThat(local.list()).extracting(OperatorAccount::login)
                .containsExactly("admin", "anna", "gverdi", "lbianchi", "mrossi");
        refused(() -> local.add("anna", "Anna Bis", Role.OPERATOR, password), Problem.OPERATOR_EXISTS);
    }

    @Test
    void aSessionFromAnotherStationOrAfterLogoutIsNoSession() {
        Channel desk1 = station("sportello-1", StationRole.DESK);
        Channel desk2 = station("sportello-2", StationRole.DESK);
        OperatorSession admin = auth(desk1).login("admin", TestOffice.PASSWORD.toCharArray());
        refused(() -> new RemoteOperators(desk2, admin).list(), Problem.NOT_LOGGED_IN);
        assertThat(new RemoteOperators(desk1, admin).list()).isNotEmpty();

        office.clock().advance(Duration.ofMinutes(31));
        refused(() -> new RemoteOperators(desk1, admin).list(), Problem.SESSION_EXPIRED);

        OperatorSession again = auth(desk1).login("admin", TestOffice.PASSWORD.toCharArray());
        auth(desk1).logout(again);
        refused(() -> new RemoteOperators(desk1, again).list(), Problem.NOT_LOGGED_IN);
    }

    @Test
    void badInputIsRefusedWithWhatIsWrong() {
        RemoteOperators local = new RemoteOperators(station("server", StationRole.ADMIN), null);
        char[] good = "a-long-password".toCharArray();
        assertThatThrownBy(() -> local.add("Mario Rossi", "Mario Rossi", Role.OPERATOR, good))
                .isInstanceOfSatisfying(SportelloException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.INVALID_REQUEST);
                    assertThat(e.getMessage()).contains("login");
                });
        refused(() -> local.add("mario", "M".repeat(101), Role.OPERATOR, good), Problem.INVALID_REQUEST);
        refused(() -> local.add("mario", "Mario Rossi", Role.OPERATOR, "short".toCharArray()), Problem.INVALID_REQUEST);
        refused(() -> local.setPassword("mrossi", "short".toCharArray()), Problem.INVALID_REQUEST);
        refused(() -> local.unlock("nobody"), Problem.UNKNOWN_OPERATOR);
        assertThat(local.list()).extracting(OperatorAccount::login).doesNotContain("mario", "mario rossi");

        // A role the office does not know, straight on the wire.
        assertThatThrownBy(() -> org.sportello.protocol.v1.AdminGrpc.newBlockingStub(station("server", StationRole.ADMIN))
                .addOperator(org.sportello.protocol.v1.OperatorRequest.newBuilder().setLogin("mario")
                        .setName("Mario").setRole("GOD").setPassword("a-long-password").build()))
                .isInstanceOf(io.grpc.StatusRuntimeException.class)
                .hasMessageContaining("INVALID_ARGUMENT");
    }

    @Test
    void aCallWithoutAStationIsRefused() {
        refused(() -> auth(channel).login("admin", TestOffice.PASSWORD.toCharArray()), Problem.STATION_UNKNOWN);
    }
}

package org.sportello.server.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.auth.PasswordHasher;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.events.EventType;
import org.sportello.model.events.OfficeEvent;
import org.sportello.server.storage.JooqOfficeSetupWriter;
import org.sportello.model.setup.OfficeSetup;
import org.sportello.model.setup.OfficeSetupFile;
import org.sportello.server.testing.TestOffice;
import org.sportello.protocol.StationRole;
import org.sportello.server.api.Caller;

/** Server-side sessions and the lock-out, on a real office database in a temp folder. */
class ServerSessionsTest {
    static final Caller DESK_1 = new Caller("sportello-1", StationRole.DESK, "0a01");
    static final Caller DESK_2 = new Caller("sportello-2", StationRole.DESK, "0a02");

    @TempDir
    Path dir;
    TestOffice office;
    ServerSessions sessions;

    @BeforeEach
    void open() {
        office = TestOffice.embedded(dir);
        sessions = ServerSessions.of(office.connection(), office.clock());
    }

    @AfterEach
    void close() {
        office.close();
    }

    private OperatorSessions.Opened login(Caller station, String login, String password) {
        return sessions.login(station, login, password.toCharArray());
    }

    private static void refused(ThrowingCallable call, Problem problem, Object... arguments) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SportelloException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            if (arguments.length > 0) {
                assertThat(e.arguments()).containsExactly(arguments);
            }
        });
    }

    private void wrongPasswords(String login, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> login(DESK_1, login, "wrong")).isInstanceOf(SportelloException.class);
        }
    }

    @Test
    void fiveWrongPasswordsLockTheLoginForFiveMinutesEvenAgainstTheRightOne() {
        for (int i = 1; i <= 4; i++) {
            refused(() -> login(DESK_1, "mrossi", "wrong"), Problem.LOGIN_FAILED);
        }
        // The fifth wrong password already says so, and until when (10:00 + 5 min, office time).
        refused(() -> login(DESK_1, "mrossi", "wrong"), Problem.LOGIN_LOCKED, "mrossi", "10:05");
        refused(() -> login(DESK_1, "mrossi", TestOffice.PASSWORD), Problem.LOGIN_LOCKED, "mrossi", "10:05");
        assertThatThrownBy(() -> login(DESK_2, "mrossi", TestOffice.PASSWORD))
                .hasMessageContaining("locked until 10:05");

        office.clock().advance(Duration.ofMinutes(4).plusSeconds(59));
        refused(() -> login(DESK_1, "mrossi", TestOffice.PASSWORD), Problem.LOGIN_LOCKED);
        office.clock().advance(Duration.ofSeconds(1));
        assertThat(login(DESK_1, "mrossi", TestOffice.PASSWORD).operator().login()).isEqualTo("mrossi");
        // Others were never affected.
        assertThat(login(DESK_2, "lbianchi", TestOffice.PASSWORD).operator().login()).isEqualTo("lbianchi");
    }

    @Test
    void aRightPasswordResetsTheCount() {
        wrongPasswords("mrossi", 4);
        login(DESK_1, "mrossi", TestOffice.PASSWORD);
        wrongPasswords("mrossi", 4);
        assertThat(login(DESK_1, "mrossi", TestOffice.PASSWORD).token()).isNotBlank();
        assertThat(office.connection().operators().list()).filteredOn(a -> a.login().equals("mrossi"))
                .singleElement().satisfies(a -> assertThat(a.failedLogins()).isZero());
    }

    @Test
    void aSupervisorsUnlockLetsTheOperatorInAtOnce() {
        wrongPasswords("mrossi", 5);
        refused(() -> login(DESK_1, "mrossi", TestOffice.PASSWORD), Problem.LOGIN_LOCKED);
        assertThat(office.connection().operators().unlock("mrossi")).isTrue();
        assertThat(login(DESK_1, "mrossi", TestOffice.PASSWORD).operator().login()).isEqualTo("mrossi");
        assertThat(office.connection().operators().unlock("mrossi")).as("no longer locked").isFalse();
        assertThat(office.connection().events().after(0, 1000)).extracting(OfficeEvent::type)
                .contains(EventType.LOGIN_LOCKED, EventType.LOGIN_UNLOCKED);
    }

    @Test
    void theLockSurvivesARestartOfTheServer() {
        wrongPasswords("mrossi", 5);
        office.close();
        office = TestOffice.embedded(dir);
        office.clock().advance(Duration.ofMinutes(2));
        sessions = ServerSessions.of(office.connection(), office.clock());
        refused(() -> login(DESK_1, "mrossi", TestOffice.PASSWORD), Problem.LOGIN_LOCKED, "mrossi", "10:05");
        office.clock().advance(Duration.ofMinutes(3));
        assertThat(login(DESK_1, "mrossi", TestOffice.PASSWORD).token()).isNotBlank();
    }

    @Test
    void anUnknownLoginFailsAndLocksLikeARealOneAndItsTextStaysOutOfTheLog() {
        // What someone typed into the login field may be their password.
        String typed = "Tr0ub4dor&3";
        for (int i = 1; i <= 4; i++) {
            refused(() -> login(DESK_1, typed, "wrong"), Problem.LOGIN_FAILED);
        }
        refused(() -> login(DESK_1, typed, "wrong"), Problem.LOGIN_LOCKED, typed.toLowerCase(Locale.ROOT), "10:05");
        refused(() -> login(DESK_1, typed, "wrong"), Problem.LOGIN_LOCKED);

        List<OfficeEvent> failed = office.connection().events().after(0, 1000).stream()
                .filter(e -> e.type() == EventType.LOGIN_FAILED).toList();
        assertThat(failed).hasSize(6).allSatisfy(e -> {
            assertThat(e.operatorId()).isNull();
            assertThat(String.valueOf(e.detail()).toLowerCase(Locale.ROOT)).doesNotContain("tr0ub4dor");
        });
        office.clock().advance(Duration.ofMinutes(5));
        refused(() -> login(DESK_1, typed, "wrong"), Problem.LOGIN_FAILED);
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutesAndEachUseRenewsIt() {
        assertThat(sessions.idle()).isEqualTo(Duration.ofMinutes(30));
        String token = login(DESK_1, "mrossi", TestOffice.PASSWORD).token();
        office.clock().advance(Duration.ofMinutes(29));
        assertThat(sessions.require(DESK_1, token).login()).isEqualTo("mrossi");
        office.clock().advance(Duration.ofMinutes(29));
        assertThat(sessions.require(DESK_1, token).login()).as("renewed 29 minutes ago").isEqualTo("mrossi");
        office.clock().advance(Duration.ofMinutes(30));
        refused(() -> sessions.require(DESK_1, token), Problem.SESSION_EXPIRED);
        refused(() -> sessions.require(DESK_1, token), Problem.NOT_LOGGED_IN);
        assertThat(sessions.openCount()).isZero();
    }

    @Test
    void theIdleTimeComesFromTheOfficeSetUp() {
        OfficeSetup demo = OfficeSetupFile.demo();
        OfficeSetup tenMinutes = new OfficeSetup(demo.code(), demo.name(), demo.address(), demo.timeZone(),
                demo.services(), demo.counters(), demo.operators(), Duration.ofMinutes(10));
        new JooqOfficeSetupWriter(office.connection().database(), new PasswordHasher(1000)).apply(tenMinutes);
        sessions = ServerSessions.of(office.connection(), office.clock());
        assertThat(sessions.idle()).isEqualTo(Duration.ofMinutes(10));

        String token = login(DESK_1, "mrossi", TestOffice.PASSWORD).token();
        office.clock().advance(Duration.ofMinutes(10));
        refused(() -> sessions.require(DESK_1, token), Problem.SESSION_EXPIRED, "10 min");
    }

    @Test
    void aTokenIsGoodOnlyFromTheStationThatLoggedIn() {
        String token = login(DESK_1, "mrossi", TestOffice.PASSWORD).token();
        refused(() -> sessions.require(DESK_2, token), Problem.NOT_LOGGED_IN);
        // Same name, another certificate (re-enrolled or forged): not the same station.
        refused(() -> sessions.require(new Caller("sportello-1", StationRole.DESK, "ffff"), token),
                Problem.NOT_LOGGED_IN);
        refused(() -> sessions.require(DESK_1, "made-up"), Problem.NOT_LOGGED_IN);
        refused(() -> sessions.require(DESK_1, ""), Problem.NOT_LOGGED_IN);
        assertThat(sessions.require(DESK_1, token).login()).as("still good where it belongs").isEqualTo("mrossi");
    }

    @Test
    void logoutEndsTheSessionButOnlyFromItsOwnStation() {
        String token = login(DESK_1, "mrossi", TestOffice.PASSWORD).token();
        sessions.logout(DESK_2, token);
        assertThat(sessions.require(DESK_1, token).login()).isEqualTo("mrossi");
        sessions.logout(DESK_1, token);
        refused(() -> sessions.require(DESK_1, token), Problem.NOT_LOGGED_IN);
        sessions.logout(DESK_1, token);
    }

    @Test
    void endAllEndsEverySessionOfThatStationOnly() {
        String a = login(DESK_1, "mrossi", TestOffice.PASSWORD).token();
        String b = login(DESK_1, "gverdi", TestOffice.PASSWORD).token();
        String c = login(DESK_2, "lbianchi", TestOffice.PASSWORD).token();
        sessions.endAll(DESK_1.name());
        refused(() -> sessions.require(DESK_1, a), Problem.NOT_LOGGED_IN);
        refused(() -> sessions.require(DESK_1, b), Problem.NOT_LOGGED_IN);
        assertThat(sessions.require(DESK_2, c).login()).isEqualTo("lbianchi");
    }

    @Test
    void tokensAreLongRandomAndUrlSafe() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            tokens.add(login(DESK_1, "mrossi", TestOffice.PASSWORD).token());
        }
        assertThat(tokens).hasSize(20).allSatisfy(t -> assertThat(t).matches("[A-Za-z0-9_-]{43}"));
    }

    @Test
    void badgesLogInThroughTheSamePath() {
        office.connection().badges().enrol("gverdi", "04A1B2C3");
        OperatorSessions.Opened opened = sessions.loginWithBadge(DESK_1, "04:a1:b2:c3");
        assertThat(sessions.require(DESK_1, opened.token()).login()).isEqualTo("gverdi");
        refused(() -> sessions.require(DESK_2, opened.token()), Problem.NOT_LOGGED_IN);
        refused(() -> sessions.loginWithBadge(DESK_1, "DEADBEEF"), Problem.BADGE_UNKNOWN);
    }
}

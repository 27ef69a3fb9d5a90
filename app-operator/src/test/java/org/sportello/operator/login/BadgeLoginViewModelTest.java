package org.sportello.operator.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.operator.desk.DeskSession;
import org.sportello.operator.testing.DeskFixture;

/** Badge log-in on the login screen's logic, on a real demo office, without a toolkit. */
class BadgeLoginViewModelTest {
    @TempDir
    Path dir;
    DeskFixture f;
    List<DeskSession> loggedIn = new ArrayList<>();
    LoginViewModel login;

    @BeforeEach
    void setUp() {
        f = new DeskFixture(dir);
        f.office.connection().badges().enrol("lbianchi", "0012345678");
        login = new LoginViewModel(f.work, loggedIn::add);
        login.loadCounters();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void aStripeBadgeLogsInAtTheChosenCounterAndOpensIt() {
        login.counterProperty().set(login.counters().get(1));
        assertThat(login.badgeSwiped(";0012345678=?")).isTrue();
        assertThat(loggedIn).singleElement().satisfies(s -> {
            assertThat(s.operator().login()).isEqualTo("lbianchi");
            assertThat(s.counter().number()).isEqualTo(2);
        });
        assertThat(f.queue().overview().counters().get(1).state().name()).isEqualTo("OPEN");
    }

    @Test
    void typingThatIsNoBadgeIsDeclinedAndADamagedSwipeIsExplained() {
        assertThat(login.badgeSwiped("password123!")).isFalse();
        assertThat(login.errorProperty().get()).isEmpty();
        assertThat(login.badgeSwiped(";00123")).isTrue();
        assertThat(login.errorProperty().get()).contains("non si legge bene");
        assertThat(loggedIn).isEmpty();
    }

    @Test
    void anUnknownBadgeSaysHowToEnrolIt() {
        assertThat(login.badgeSwiped("CAFEBABE")).isTrue();
        assertThat(login.errorProperty().get()).contains("sportello operators badge add");
        assertThat(loggedIn).isEmpty();
    }
}

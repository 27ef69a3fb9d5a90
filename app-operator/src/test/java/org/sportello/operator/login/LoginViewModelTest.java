package org.sportello.operator.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.auth.Role;
import org.sportello.model.office.CounterState;
import org.sportello.model.office.ServiceInfo;
import org.sportello.model.queue.QueueOverview;
import org.sportello.operator.desk.CounterProfile;
import org.sportello.operator.desk.DeskSession;
import org.sportello.operator.testing.DeskFixture;

/** The login screen's logic on a real demo office, without a toolkit. */
class LoginViewModelTest {
    @TempDir
    Path dir;
    DeskFixture f;
    List<DeskSession> loggedIn = new ArrayList<>();
    LoginViewModel login;

    @BeforeEach
    void setUp() {
        f = new DeskFixture(dir);
        login = new LoginViewModel(f.work, loggedIn::add);
        login.loadCounters();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private CounterProfile counter(int number) {
        return login.counters().stream().filter(c -> c.number() == number).findFirst().orElseThrow();
    }

    @Test
    void theCounterPickerShowsEachCounterWithItsServicesHeaviestFirst() {
        assertThat(login.counters()).extracting(CounterProfile::number).containsExactly(1, 2, 3);
        assertThat(counter(1).services()).extracting(ServiceInfo::prefix).containsExactly("A", "B");
        assertThat(counter(2).services()).extracting(ServiceInfo::prefix).containsExactly("B", "A", "E");
        assertThat(counter(3).services()).extracting(ServiceInfo::prefix).containsExactly("C", "D");
        assertThat(login.counterProperty().get().number()).isEqualTo(1);
        assertThat(login.officeNameProperty().get()).isEqualTo("Centro per l'Impiego di Bologna");
    }

    @Test
    void aGoodLoginOpensTheCounterAndHandsTheSessionToTheDesk() {
        login.userNameProperty().set("  MRossi ");
        login.passwordProperty().set("demo");
        login.counterProperty().set(counter(2));
        assertThat(login.canLogInProperty().get()).isTrue();

        login.logIn();

        assertThat(loggedIn).singleElement().satisfies(s -> {
            assertThat(s.operator().displayName()).isEqualTo("Maria Rossi");
            assertThat(s.operator().role()).isEqualTo(Role.OPERATOR);
            assertThat(s.counter().number()).isEqualTo(2);
        });
        QueueOverview.CounterStatus two = f.queue().overview().counters().stream()
                .filter(c -> c.number() == 2).findFirst().orElseThrow();
        assertThat(two.state()).isEqualTo(CounterState.OPEN);
        assertThat(two.operatorName()).isEqualTo("Maria Rossi");
        assertThat(login.passwordProperty().get()).as("the password does not linger").isEmpty();
        assertThat(login.errorProperty().get()).isEmpty();
    }

    @Test
    void aWrongPasswordSaysSoClearsThePasswordAndAsksForFocusAgain() {
        login.userNameProperty().set("mrossi");
        login.passwordProperty().set("wrong");

        login.logIn();

        assertThat(loggedIn).isEmpty();
        assertThat(login.errorProperty().get()).isEqualTo("Nome utente o password errati.");
        assertThat(login.passwordProperty().get()).isEmpty();
        assertThat(login.userNameProperty().get()).isEqualTo("mrossi");
        assertThat(login.refusalsProperty().get()).isEqualTo(1);
        assertThat(login.canLogInProperty().get()).as("no password, no login").isFalse();
        assertThat(f.queue().overview().counters()).allSatisfy(c -> assertThat(c.state()).isEqualTo(CounterState.CLOSED));
    }

    @Test
    void theMessageFollowsTheChosenLanguage() {
        login.languageProperty().set(Locale.ENGLISH);
        login.userNameProperty().set("nobody");
        login.passwordProperty().set("x");

        login.logIn();

        assertThat(login.errorProperty().get()).isEqualTo("Wrong user name or password.");
        assertThat(f.messages.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void loggingInNeedsAUserAPasswordAndACounter() {
        assertThat(login.canLogInProperty().get()).isFalse();
        login.userNameProperty().set("mrossi");
        assertThat(login.canLogInProperty().get()).isFalse();
        login.passwordProperty().set("demo");
        assertThat(login.canLogInProperty().get()).isTrue();
        login.counterProperty().set(null);
        assertThat(login.canLogInProperty().get()).isFalse();
    }

    @Test
    void withTheOfficeDownTheLoginWaitsAndTheCountersArriveWhenItIsBack() {
        f.link.cut();
        LoginViewModel early = new LoginViewModel(f.work, loggedIn::add);
        early.loadCounters();

        assertThat(f.status.isDown()).isTrue();
        assertThat(early.counters()).isEmpty();
        assertThat(early.errorProperty().get()).as("the banner says it, not the form").isEmpty();
        early.userNameProperty().set("mrossi");
        early.passwordProperty().set("demo");
        assertThat(early.canLogInProperty().get()).isFalse();

        f.status.retry();
        assertThat(f.status.isDown()).isTrue();
        assertThat(f.status.failedProbesProperty().get()).isEqualTo(1);

        f.link.restore();
        f.status.retry();

        assertThat(f.status.isDown()).isFalse();
        assertThat(early.counters()).hasSize(3);
        assertThat(early.passwordProperty().get()).as("what was typed is kept").isEqualTo("demo");
        assertThat(early.canLogInProperty().get()).isTrue();
        early.logIn();
        assertThat(loggedIn).hasSize(1);
    }
}

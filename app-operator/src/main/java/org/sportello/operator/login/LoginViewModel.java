package org.sportello.operator.login;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sportello.devices.card.BadgeRead;
import org.sportello.devices.card.BadgeSource;
import org.sportello.devices.card.OperatorBadges;
import org.sportello.link.OfficeServices;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.office.OfficeDirectory;
import org.sportello.model.office.OfficeInfo;
import org.sportello.model.office.ServiceInfo;
import org.sportello.operator.desk.CounterProfile;
import org.sportello.operator.desk.DeskSession;
import org.sportello.operator.office.OfficeWork;

/**
 * Login: who you are, at which counter, in which language. A successful login also opens the
 * counter, so the desk starts ready to call.
 */
public final class LoginViewModel {
    private final OfficeWork office;
    private final Consumer<DeskSession> onLoggedIn;

    private final StringProperty userName = new SimpleStringProperty(this, "userName", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ObservableList<CounterProfile> counters = FXCollections.observableArrayList();
    private final ObjectProperty<CounterProfile> counter = new SimpleObjectProperty<>(this, "counter");
    private final ReadOnlyStringWrapper officeName = new ReadOnlyStringWrapper(this, "officeName", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyIntegerWrapper refusals = new ReadOnlyIntegerWrapper(this, "refusals", 0);
    private final BooleanBinding canLogIn;
    private final ChangeListener<Boolean> onOfficeBack;
    private int preferredCounter;

    public LoginViewModel(OfficeWork office, Consumer<DeskSession> onLoggedIn) {
        this.office = office;
        this.onLoggedIn = onLoggedIn;
        canLogIn = Bindings.createBooleanBinding(
                () -> !userName.get().isBlank() && !password.get().isEmpty() && counter.get() != null
                        && !busy.get() && !office.status().isDown(),
                userName, password, counter, busy, office.status().downProperty());
        onOfficeBack = (obs, wasDown, isDown) -> {
            if (wasDown && !isDown) {
                loadCounters();
            }
        };
        office.status().downProperty().addListener(onOfficeBack);
        // A message in the old language would read as a glitch.
        office.messages().localeProperty().addListener((obs, old, now) -> error.set(""));
    }

    /** Reads the office and its counters; again by itself when the office comes back. */
    public void loadCounters() {
        office.submit(s -> new Directory(s.directory().office(), profiles(s.directory())),
                loaded -> {
                    officeName.set(loaded.office().name());
                    counters.setAll(loaded.counters());
                    counter.set(loaded.counters().stream().filter(c -> c.number() == preferredCounter)
                            .findFirst().orElse(loaded.counters().isEmpty() ? null : loaded.counters().getFirst()));
                },
                failure -> error.set(failure.message() == null ? "" : failure.message()));
    }

    private record Directory(OfficeInfo office, List<CounterProfile> counters) {
    }

    private static List<CounterProfile> profiles(OfficeDirectory directory) {
        List<ServiceInfo> services = directory.services();
        return directory.counters().stream().map(c -> CounterProfile.of(c, services)).toList();
    }

    /** Remembers the counter this workstation had, so a logout and login keep it. */
    public void preferCounter(int number) {
        preferredCounter = number;
    }

    public void logIn() {
        if (!canLogIn.get()) {
            return;
        }
        String login = userName.get().strip();
        char[] secret = password.get().toCharArray();
        CounterProfile chosen = counter.get();
        busy.set(true);
        error.set("");
        office.submit(s -> {
                    try {
                        return sitDown(s, s.auth().login(login, secret), chosen);
                    } finally {
                        Arrays.fill(secret, '\0');
                    }
                },
                session -> {
                    busy.set(false);
                    password.set("");
                    preferredCounter = chosen.number();
                    onLoggedIn.accept(session);
                },
                failure -> {
                    busy.set(false);
                    if (failure.officeDown()) {
                        return; // the banner says it; keep what was typed for when the office is back
                    }
                    error.set(failure.message());
                    if (failure.refusal() != null && (failure.refusal().problem() == Problem.LOGIN_FAILED
                            || failure.refusal().problem() == Problem.LOGIN_LOCKED)) {
                        password.set("");
                        refusals.set(refusals.get() + 1);
                    }
                });
    }

    /**
     * On the office-work thread: the server has opened {@code session}; the link learns who sits here
     * and the counter opens. A counter that cannot open ends the session again, so no half-logged-in
     * desk is left on the server.
     */
    private DeskSession sitDown(OfficeServices s, OperatorSession session, CounterProfile chosen) {
        office.seat().take(session);
        try {
            s.queue().openCounter(session, chosen.number());
            return new DeskSession(session, chosen, s.directory().office());
        } catch (RuntimeException e) {
            office.seat().leave(session);
            throw e;
        }
    }

    /** A message shown until the next attempt, e.g. why the desk came back here (the session ended). */
    public void say(String message) {
        error.set(message == null ? "" : message);
    }

    /**
     * A burst from a keyboard-wedge badge reader. False when it cannot be a badge (fast typing in a
     * field, handed back as typing); a damaged stripe read is a badge, and says so.
     */
    public boolean badgeSwiped(String burst) {
        BadgeRead read = OperatorBadges.fromWedgeText(burst);
        if (read.isOk()) {
            logInWithBadge(read.badgeId());
            return true;
        }
        if (read.source() == BadgeSource.MAGSTRIPE) {
            error.set(office.messages().text("login.badgeUnreadable"));
            return true;
        }
        return false;
    }

    /** Logs in whoever the badge belongs to, at the counter chosen in the list, as the password login does. */
    public void logInWithBadge(String badgeId) {
        if (busy.get() || office.status().isDown()) {
            return;
        }
        CounterProfile chosen = counter.get();
        if (chosen == null) {
            error.set(office.messages().text("login.badgeNoCounter"));
            return;
        }
        busy.set(true);
        error.set("");
        office.submit(s -> {
                    return sitDown(s, s.auth().loginWithBadge(badgeId), chosen);
                },
                session -> {
                    busy.set(false);
                    password.set("");
                    preferredCounter = chosen.number();
                    onLoggedIn.accept(session);
                },
                failure -> {
                    busy.set(false);
                    if (!failure.officeDown()) {
                        error.set(failure.message());
                    }
                });
    }

    public void dispose() {
        office.status().downProperty().removeListener(onOfficeBack);
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObservableList<CounterProfile> counters() {
        return counters;
    }

    public ObjectProperty<CounterProfile> counterProperty() {
        return counter;
    }

    public ObjectProperty<Locale> languageProperty() {
        return office.messages().localeProperty();
    }

    public ReadOnlyStringProperty officeNameProperty() {
        return officeName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Counts wrong logins; the view moves the focus back to the password on each. */
    public ReadOnlyIntegerProperty refusalsProperty() {
        return refusals.getReadOnlyProperty();
    }

    public BooleanBinding canLogInProperty() {
        return canLogIn;
    }
}

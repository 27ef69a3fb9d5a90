package org.sportello.kiosk;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The check-in screen: "scan the QR on your letter or show your health card", the moment the office is asked, and,
 * when it turns the citizen away, why in plain words and whether a walk-in ticket may be taken instead.
 */
public final class CheckInViewModel {
    public enum State { WAITING, LOOKING, REFUSED }

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.WAITING);
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper walkInOffered = new ReadOnlyBooleanWrapper(false);

    void waiting() {
        explanation.set("");
        walkInOffered.set(false);
        state.set(State.WAITING);
    }

    void looking() {
        state.set(State.LOOKING);
    }

    void refused(String why, boolean walkIn) {
        explanation.set(why);
        walkInOffered.set(walkIn);
        state.set(State.REFUSED);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the office turned the citizen away; empty while waiting or looking. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** The office allows a walk-in ticket instead: the screen shows the button to take one. */
    public ReadOnlyBooleanProperty walkInOfferedProperty() {
        return walkInOffered.getReadOnlyProperty();
    }
}

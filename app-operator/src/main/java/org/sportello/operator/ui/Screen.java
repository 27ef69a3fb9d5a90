package org.sportello.operator.ui;

import javafx.scene.Parent;
import javafx.scene.input.KeyEvent;

/** One screen of the operator window: the window swaps them and forwards keys and the clock tick. */
public interface Screen {
    Parent root();

    /** Sees every key first, whatever has the focus; consume what the screen handles. */
    default void onKey(KeyEvent event) {
    }

    /** About once a second on the UI thread. */
    default void tick() {
    }

    /** The screen is on show: put the focus where the operator types first. */
    default void shown() {
    }

    default void dispose() {
    }
}

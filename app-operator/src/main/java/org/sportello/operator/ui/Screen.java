package org.sportello.operator.ui;

import javafx.scene.Parent;
import javafx.scene.input.KeyEvent;

/** One screen of the operator window: the window swaps them and forwards keys and the clock tick. */
public interface Screen {
    Parent root();

    /** Sees every key first, whatever has the focus; consume what the screen handles. */
    default void onKey(KeyEvent event) {
    }

    /**
     * A keyboard-wedge device's burst (badge, health card, barcode), whatever has the focus. Return
     * false when it is nothing this screen expects: it is then given back as typing.
     */
    default boolean onScan(String burst) {
        return false;
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

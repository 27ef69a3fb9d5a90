package org.sportello.operator.ui;

import javafx.scene.input.KeyEvent;

/** The work of a desk sheet that has a ViewModel of its own: its keys, and where typing starts. */
public interface SheetPane {
    /** A key pressed while the sheet is open; true when it was for this pane. */
    boolean onKey(KeyEvent event);

    /** Where the keyboard starts when the sheet opens. */
    void focus();
}

package org.sportello.operator.desk;

import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sportello.operator.ui.SheetPane;

/**
 * A sheet that is only the frame around a pane with its own ViewModel (the citizen's file, the company
 * communication, the case, the caseload): title, the pane, the refusal line and the key help.
 */
class PaneSheet extends SheetCard {
    private final SheetPane pane;

    /** {@code fill}: the pane takes the window's height (lists and tabs) rather than its own. */
    <P extends Region & SheetPane> PaneSheet(DeskViewModel model, String id, String style, String titleKey,
                                             String keysKey, P pane, boolean fill) {
        super(model, id);
        this.pane = pane;
        getStyleClass().add(style);
        if (fill) {
            VBox.setVgrow(pane, Priority.ALWAYS);
        }
        layOut(messages.text(titleKey), messages.text(keysKey), pane);
        if (fill) {
            setMaxHeight(Double.MAX_VALUE);
        }
    }

    @Override
    boolean onKey(KeyEvent event) {
        return pane.onKey(event);
    }

    @Override
    void focus() {
        pane.focus();
    }
}

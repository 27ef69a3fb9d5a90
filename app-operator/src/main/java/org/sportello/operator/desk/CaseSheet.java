package org.sportello.operator.desk;

import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sportello.operator.cases.CaseModel;
import org.sportello.operator.cases.CasePane;

/**
 * Shift+F11: the citizen's case. The sheet is the frame; the work is {@link CasePane} and its own
 * {@link CaseModel}.
 */
final class CaseSheet extends SheetCard {
    private final CasePane pane;

    CaseSheet(DeskViewModel model, CaseModel citizenCase) {
        super(model, "caseSheet");
        getStyleClass().add("file-sheet");
        pane = new CasePane(citizenCase);
        VBox.setVgrow(pane, Priority.ALWAYS);
        layOut(messages.text("case.title.sheet"), messages.text("case.keys"), pane);
        setMaxHeight(Double.MAX_VALUE);
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

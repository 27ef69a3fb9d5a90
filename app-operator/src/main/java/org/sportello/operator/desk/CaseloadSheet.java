package org.sportello.operator.desk;

import java.util.function.Consumer;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sportello.operator.cases.CaseloadModel;
import org.sportello.operator.cases.CaseloadPane;

/**
 * Shift+F9: the caseload. The sheet is the frame; the work is {@link CaseloadPane} and its own
 * {@link CaseloadModel}. A row picked opens that citizen's case in its place.
 */
final class CaseloadSheet extends SheetCard {
    private final CaseloadPane pane;

    CaseloadSheet(DeskViewModel model, CaseloadModel caseload, Consumer<String> openCase) {
        super(model, "caseloadSheet");
        getStyleClass().add("file-sheet");
        pane = new CaseloadPane(caseload, openCase);
        VBox.setVgrow(pane, Priority.ALWAYS);
        layOut(messages.text("caseload.title.sheet"), messages.text("caseload.keys"), pane);
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

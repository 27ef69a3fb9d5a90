package org.sportello.operator.desk;

import javafx.scene.input.KeyEvent;
import org.sportello.operator.communication.CommunicationModel;
import org.sportello.operator.communication.CommunicationPane;

/**
 * Shift+F12: a company communication handed in at the counter, checked, recorded and stamped. The
 * sheet is the frame; the work is {@link CommunicationPane} and its own {@link CommunicationModel}.
 */
final class CommunicationSheet extends SheetCard {
    private final CommunicationPane pane;

    CommunicationSheet(DeskViewModel model, CommunicationModel communication) {
        super(model, "communicationSheet");
        getStyleClass().add("comm-sheet");
        pane = new CommunicationPane(communication);
        layOut(messages.text("comm.title.sheet"), messages.text("comm.keys"), pane);
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

package org.sportello.operator.desk;

import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sportello.devices.card.CardRead;
import org.sportello.devices.card.TesseraText;
import org.sportello.operator.profile.CitizenFileModel;
import org.sportello.operator.profile.CitizenFilePane;

/**
 * F12: the citizen's file. The sheet is only the frame; the work is {@link CitizenFilePane} and its own
 * {@link CitizenFileModel}. A health card swiped while it is open opens that person's file.
 */
final class CitizenFileSheet extends SheetCard {
    private final CitizenFilePane pane;
    private final CitizenFileModel file;

    CitizenFileSheet(DeskViewModel model, CitizenFileModel file) {
        super(model, "citizenFileSheet");
        this.file = file;
        getStyleClass().add("file-sheet");
        pane = new CitizenFilePane(file);
        VBox.setVgrow(pane, Priority.ALWAYS);
        layOut(messages.text("file.title.sheet"), messages.text("file.keys"), pane);
        setMaxHeight(Double.MAX_VALUE);
    }

    @Override
    boolean onKey(KeyEvent event) {
        return pane.onKey(event);
    }

    @Override
    boolean onScan(String burst) {
        CardRead read = TesseraText.decode(burst == null ? "" : burst.strip(), java.time.Clock.systemDefaultZone());
        if (!read.isIdentified()) {
            return false;
        }
        file.searchProperty().set(read.codiceFiscale().code());
        file.find();
        return true;
    }

    @Override
    void focus() {
        pane.focus();
    }
}

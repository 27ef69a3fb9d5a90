package org.sportello.operator.desk;

import org.sportello.devices.card.CardRead;
import org.sportello.devices.card.TesseraText;
import org.sportello.operator.profile.CitizenFileModel;
import org.sportello.operator.profile.CitizenFilePane;

/**
 * F12: the citizen's file. The sheet is only the frame; the work is {@link CitizenFilePane} and its own
 * {@link CitizenFileModel}. A health card swiped while it is open opens that person's file.
 */
final class CitizenFileSheet extends PaneSheet {
    private final CitizenFileModel file;

    CitizenFileSheet(DeskViewModel model, CitizenFileModel file) {
        super(model, "citizenFileSheet", "file-sheet", "file.title.sheet", "file.keys", new CitizenFilePane(file), true);
        this.file = file;
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
}

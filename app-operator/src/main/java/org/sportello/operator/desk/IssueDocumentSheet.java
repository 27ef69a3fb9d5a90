package org.sportello.operator.desk;

import javafx.scene.input.KeyEvent;
import org.sportello.devices.card.CardRead;
import org.sportello.devices.card.TesseraText;
import org.sportello.operator.documents.IssueDocumentPane;

/**
 * F11: issue a document for the citizen at the counter (or anyone whose code is typed), look at it,
 * print it on A4 and the short receipt on the counter's printer, reprint a duplicate. The sheet is
 * only the frame; the work is {@link IssueDocumentPane} and its model.
 */
final class IssueDocumentSheet extends SheetCard {
    private final IssueDocumentPane pane;

    IssueDocumentSheet(DeskViewModel model) {
        super(model, "issueDocumentSheet");
        getStyleClass().add("issue-sheet");
        pane = new IssueDocumentPane(model.issueDocument());
        layOut(messages.text("issue.title.sheet"), messages.text("issue.keys"), pane);
    }

    @Override
    boolean onKey(KeyEvent event) {
        return pane.onKey(event);
    }

    /** A health card swiped while the sheet is open names the subject, as typing it would. */
    @Override
    boolean onScan(String burst) {
        CardRead read = TesseraText.decode(burst == null ? "" : burst.strip(), java.time.Clock.systemDefaultZone());
        if (!read.isIdentified()) {
            return false;
        }
        model.issueDocument().subjectCodeProperty().set(read.codiceFiscale().code());
        model.issueDocument().lookUpSubject();
        return true;
    }

    @Override
    void focus() {
        pane.focus();
    }
}

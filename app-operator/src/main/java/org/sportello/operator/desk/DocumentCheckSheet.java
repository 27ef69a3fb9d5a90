package org.sportello.operator.desk;

import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * F8: check a document at the counter. A hand scanner set up as a keyboard types the QR's text (or
 * the Code 128 number) into the field and presses Enter; the verdict and the register entry appear
 * below, and the field is cleared for the next paper.
 */
final class DocumentCheckSheet extends SheetCard {
    private final DocumentCheck check;
    private final TextField field = new TextField();
    private final Label headline = new Label();
    private final Label explanation = new Label();
    private final GridPane details = new GridPane();
    private final Label failure = new Label();
    private final VBox result;
    private final InvalidationListener redraw = o -> redraw();

    DocumentCheckSheet(DeskViewModel model) {
        super(model, "documentCheckSheet");
        this.check = model.documentCheck();
        field.setId("scanField");
        field.getStyleClass().add("scan-field");
        field.setPromptText(messages.text("check.prompt"));
        headline.setId("verdictHeadline");
        headline.getStyleClass().add("verdict-headline");
        explanation.setId("verdictText");
        explanation.getStyleClass().add("verdict-text");
        explanation.setWrapText(true);
        details.setId("verdictDetails");
        details.getStyleClass().add("verdict-details");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        details.getColumnConstraints().addAll(labels, values);
        failure.setId("checkError");
        failure.getStyleClass().add("sheet-error");
        failure.setWrapText(true);
        result = new VBox(headline, explanation, details);
        result.getStyleClass().add("verdict-box");
        Label label = new Label(messages.text("check.field"));
        label.getStyleClass().add("form-label");
        VBox body = new VBox(label, field, failure, result);
        body.getStyleClass().add("sheet-form");
        layOut(messages.text("check.title.sheet"), messages.text("check.keys"), body);
        check.verdictProperty().addListener(redraw);
        check.errorProperty().addListener(redraw);
        sceneProperty().addListener((obs, old, now) -> {
            if (now == null) {
                check.verdictProperty().removeListener(redraw);
                check.errorProperty().removeListener(redraw);
            }
        });
        redraw();
    }

    private void redraw() {
        String problem = check.errorProperty().get();
        failure.setText(problem);
        failure.setVisible(!problem.isEmpty());
        failure.setManaged(!problem.isEmpty());
        boolean shown = check.verdictProperty().get() != null;
        result.setVisible(shown);
        result.setManaged(shown);
        result.getStyleClass().removeAll("tone-good", "tone-bad", "tone-warn");
        if (!shown) {
            return;
        }
        result.getStyleClass().add("tone-" + check.toneProperty().get().name().toLowerCase(Locale.ROOT));
        headline.setText(check.headlineProperty().get());
        explanation.setText(check.explanationProperty().get());
        details.getChildren().clear();
        int row = 0;
        for (DocumentCheck.Detail d : check.detailsProperty().get()) {
            Label l = new Label(d.label());
            l.getStyleClass().add("verdict-label");
            Label v = new Label(d.value());
            v.getStyleClass().add("verdict-value");
            v.setWrapText(true);
            details.addRow(row++, l, v);
        }
    }

    @Override
    boolean onKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            String scanned = field.getText();
            field.clear();
            if (ScannedTicket.idIn(scanned).isPresent()) {
                // A queue ticket, not a document: the desk deals with it as with any ticket scan.
                model.closeSheet();
                model.ticketScan().scan(scanned);
            } else {
                check.check(scanned);
            }
            return true;
        }
        return false;
    }

    @Override
    void focus() {
        field.requestFocus();
    }
}

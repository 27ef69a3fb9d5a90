package org.sportello.operator.desk;

import java.util.OptionalInt;
import javafx.scene.control.Button;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.sportello.model.queue.Outcome;
import org.sportello.operator.ui.Keycaps;

/** F3: how the visit ended, one digit per outcome. */
final class OutcomeSheet extends SheetCard {
    private final VBox choices = new VBox();

    OutcomeSheet(DeskViewModel model) {
        super(model, "outcomeSheet");
        choices.getStyleClass().add("sheet-choices");
        Outcome[] outcomes = Outcome.values();
        for (int i = 0; i < outcomes.length; i++) {
            Outcome outcome = outcomes[i];
            Button b = Keycaps.button(Integer.toString(i + 1), messages.bind("outcome." + outcome.name()));
            b.setId("outcome-" + outcome.name());
            b.getStyleClass().add("sheet-choice");
            b.setMaxWidth(Double.MAX_VALUE);
            b.disableProperty().bind(model.busyProperty());
            b.setOnAction(e -> model.finish(outcome));
            choices.getChildren().add(b);
        }
        layOut(messages.text("sheet.outcome.title", currentCode(model)), messages.text("sheet.outcome.keys"), choices);
    }

    @Override
    boolean onKey(KeyEvent event) {
        OptionalInt d = digit(event.getCode());
        Outcome[] outcomes = Outcome.values();
        if (d.isPresent() && d.getAsInt() >= 1 && d.getAsInt() <= outcomes.length) {
            model.finish(outcomes[d.getAsInt() - 1]);
            return true;
        }
        return false;
    }

    @Override
    void focus() {
        choices.getChildren().getFirst().requestFocus();
    }
}

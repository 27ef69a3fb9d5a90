package org.sportello.operator.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sportello.operator.ui.Keycaps;

/** F7: pause with a reason, picked by number or typed. */
final class PauseSheet extends SheetCard {
    static final int QUICK_REASONS = 4;
    private final List<String> reasons = new ArrayList<>();
    private final VBox choices = new VBox();
    private final TextField other = new TextField();

    PauseSheet(DeskViewModel model) {
        super(model, "pauseSheet");
        choices.getStyleClass().add("sheet-choices");
        for (int i = 1; i <= QUICK_REASONS; i++) {
            String reason = messages.text("pause.reason." + i);
            reasons.add(reason);
            Button b = Keycaps.button(Integer.toString(i), reason);
            b.setId("pause-reason-" + i);
            b.getStyleClass().add("sheet-choice");
            b.setMaxWidth(Double.MAX_VALUE);
            b.disableProperty().bind(model.busyProperty());
            b.setOnAction(e -> model.pause(reason));
            choices.getChildren().add(b);
        }
        other.setId("pauseOther");
        other.setPromptText(messages.text("sheet.pause.other"));
        HBox.setHgrow(other, Priority.ALWAYS);
        Button confirm = Keycaps.button("↵", messages.bind("sheet.pause.confirm"));
        confirm.setId("pauseConfirm");
        confirm.disableProperty().bind(model.busyProperty().or(other.textProperty().isEmpty()));
        confirm.setOnAction(e -> model.pause(other.getText()));
        HBox typed = new HBox(8, other, confirm);
        typed.getStyleClass().add("sheet-form");
        layOut(messages.text("sheet.pause.title", model.session().counter().number()),
                messages.text("sheet.pause.keys"), choices, typed);
    }

    @Override
    boolean onKey(KeyEvent event) {
        boolean typing = getScene() != null && getScene().getFocusOwner() instanceof TextInputControl;
        if (typing) {
            if (event.getCode() == KeyCode.ENTER && !other.getText().isBlank()) {
                model.pause(other.getText());
                return true;
            }
            return false;
        }
        OptionalInt d = digit(event.getCode());
        if (d.isPresent() && d.getAsInt() >= 1 && d.getAsInt() <= reasons.size()) {
            model.pause(reasons.get(d.getAsInt() - 1));
            return true;
        }
        return false;
    }

    @Override
    void focus() {
        choices.getChildren().getFirst().requestFocus();
    }
}

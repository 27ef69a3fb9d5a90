package org.sportello.operator.ui;

import javafx.beans.InvalidationListener;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/**
 * Keeps an empty field wide enough for its whole hint. JavaFX clips a prompt without an ellipsis, so
 * a field sized by its column count showed "Cerca professior" or "es. 08:30-12:30 14:30-17:0": half an
 * example is worse than none. The width follows the font and padding the stylesheet gives.
 */
public final class PromptWidth {
    private PromptWidth() {
    }

    public static <T extends TextField> T whole(T field) {
        Text measure = new Text();
        InvalidationListener fit = o -> {
            String prompt = field.getPromptText() == null ? "" : field.getPromptText();
            measure.setFont(field.getFont());
            measure.setText(prompt);
            double needed = Math.ceil(measure.getLayoutBounds().getWidth()) + field.snappedLeftInset()
                    + field.snappedRightInset() + 2;
            field.setMinWidth(prompt.isEmpty() ? javafx.scene.layout.Region.USE_COMPUTED_SIZE : needed);
        };
        field.fontProperty().addListener(fit);
        field.promptTextProperty().addListener(fit);
        field.insetsProperty().addListener(fit);
        fit.invalidated(null);
        return field;
    }
}

package org.sportello.operator.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;

/** Buttons that show their key, so the shortcut is learnt by looking at the screen. */
public final class Keycaps {
    private Keycaps() {
    }

    public static Label cap(String key) {
        Label cap = new Label(key);
        cap.getStyleClass().add("keycap");
        cap.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return cap;
    }

    public static Button button(String key, String text) {
        return button(key, new javafx.beans.property.SimpleStringProperty(text));
    }

    public static Button button(String key, ObservableValue<String> text) {
        Button b = new Button();
        b.textProperty().bind(text);
        b.setGraphic(cap(key));
        b.setContentDisplay(ContentDisplay.LEFT);
        b.getStyleClass().add("key-button");
        b.setMnemonicParsing(false);
        return b;
    }

    /**
     * A sheet's button for {@code key}: it acts when clicked, and stays out of the Tab order, since the key
     * itself works from anywhere on the sheet.
     */
    public static Button action(String id, String key, String text, Runnable action) {
        Button b = button(key, text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}

package org.sportello.selfservice;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Small builders the terminal's screens share: a wrapping label, a large button. */
final class Views {
    private Views() {
    }

    static Label label(String styleClass, ObservableValue<String> text) {
        Label l = new Label();
        l.textProperty().bind(text);
        return styled(l, styleClass);
    }

    static Label label(String styleClass, String text) {
        return styled(new Label(text), styleClass);
    }

    private static Label styled(Label l, String styleClass) {
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    static Button button(String id, String styleClass, ObservableValue<String> text, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(text);
        b.getStyleClass().add(styleClass);
        b.setWrapText(true);
        b.setMnemonicParsing(false);
        b.setMinHeight(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Shown, and taking room, only while it has words. */
    static void showWhenText(Label l) {
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
    }
}

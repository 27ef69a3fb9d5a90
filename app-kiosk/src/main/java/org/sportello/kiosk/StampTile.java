package org.sportello.kiosk;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** "Stamp your attendance card" on the home screen, shown only where the office offers stamping (ADR 35). */
final class StampTile {
    /** Tile padding, badge and gap, as a service tile's. */
    private static final double TILE_CHROME = 210;

    private StampTile() {
    }

    static Node of(KioskViewModel vm) {
        Label sign = new Label("\u2713");
        sign.getStyleClass().add("tile-letter-text");
        StackPane badge = new StackPane(sign);
        badge.getStyleClass().add("tile-letter");
        Label name = HomeView.label("tile-name", vm.text("home.stamp.button"));
        Label hint = HomeView.label("tile-description", vm.text("home.stamp.hint"));
        VBox words = new VBox(name, hint);
        words.getStyleClass().add("tile-words");
        HBox content = new HBox(badge, words);
        content.getStyleClass().add("tile-content");
        content.setAlignment(Pos.CENTER_LEFT);
        Button b = new Button();
        b.setId("tile-stamp");
        b.setGraphic(content);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinWidth(0);
        b.setPrefWidth(0);
        words.prefWidthProperty().bind(Bindings.max(120, b.widthProperty().subtract(TILE_CHROME)));
        words.minWidthProperty().bind(words.prefWidthProperty());
        words.maxWidthProperty().bind(words.prefWidthProperty());
        b.getStyleClass().addAll("tile", "persons", "stamp-tile");
        b.disableProperty().bind(vm.busyProperty());
        b.visibleProperty().bind(vm.stampingOfferedProperty());
        b.managedProperty().bind(b.visibleProperty());
        b.setOnAction(e -> vm.startStamping());
        return b;
    }
}

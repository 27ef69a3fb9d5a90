package org.sportello.kiosk;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sportello.model.queue.PriorityClass;

/** The priority step: why the citizen may be served first, or back to a standard ticket. */
final class PriorityView {
    private final VBox root = new VBox();

    PriorityView(KioskViewModel vm) {
        root.setId("priority");
        root.getStyleClass().add("priority-screen");
        Label title = HomeView.label("screen-title", vm.text("priority.title"));
        Label question = HomeView.label("screen-question", vm.text("priority.question"));
        // Title on top, the choices in the middle of the screen, "back" at the bottom where thumbs rest;
        // the choices scroll when large text makes them taller than the screen.
        VBox choices = new VBox();
        choices.getStyleClass().add("priority-choices");
        choices.setAlignment(javafx.geometry.Pos.CENTER);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(choices);
        scroll.getStyleClass().add("services-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setPannable(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinHeight(0);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(title, question, scroll);
        for (PriorityClass p : PriorityClass.values()) {
            if (!p.isPriority()) {
                continue;
            }
            Button option = new Button();
            option.setId("priority-" + p.name());
            option.textProperty().bind(vm.text("priority.option." + p.name()));
            option.getStyleClass().add("option-button");
            option.setMaxWidth(Double.MAX_VALUE);
            KioskLabel.wrapUnlessRightToLeft(option);
            option.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            option.setOnAction(e -> vm.choosePriority(p));
            choices.getChildren().add(option);
        }
        Label note = HomeView.label("screen-note", vm.text("priority.note"));
        choices.getChildren().add(note);
        Button back = new Button();
        back.setId("priority-back");
        back.textProperty().bind(vm.text("priority.back"));
        back.getStyleClass().add("back-button");
        back.setMaxWidth(Double.MAX_VALUE);
        KioskLabel.wrapUnlessRightToLeft(back);
        back.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        back.setOnAction(e -> vm.clearPriority());
        root.getChildren().add(back);
    }

    Node node() {
        return root;
    }
}

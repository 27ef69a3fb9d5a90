package org.sportello.kiosk;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
        // Title on top, the choices in the middle of the screen, "back" at the bottom where thumbs rest.
        Region above = new Region();
        VBox.setVgrow(above, Priority.ALWAYS);
        root.getChildren().addAll(title, question, above);
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
            root.getChildren().add(option);
        }
        Label note = HomeView.label("screen-note", vm.text("priority.note"));
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Button back = new Button();
        back.setId("priority-back");
        back.textProperty().bind(vm.text("priority.back"));
        back.getStyleClass().add("back-button");
        back.setMaxWidth(Double.MAX_VALUE);
        KioskLabel.wrapUnlessRightToLeft(back);
        back.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        back.setOnAction(e -> vm.clearPriority());
        root.getChildren().addAll(note, spacer, back);
    }

    Node node() {
        return root;
    }
}

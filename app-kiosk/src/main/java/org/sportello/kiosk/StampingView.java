package org.sportello.kiosk;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sportello.kiosk.stamp.StampingViewModel;
import org.sportello.kiosk.stamp.StampingViewModel.PrintState;
import org.sportello.kiosk.stamp.StampingViewModel.State;

/**
 * Attendance stamping (ADR 35): asks for the health card, then shows the day, the time and the protocol number large,
 * and what to do with the receipt; a refusal says why in plain words. "Back" returns home; after a stamp a tap
 * anywhere does too.
 */
final class StampingView {
    private final VBox root = new VBox();

    StampingView(KioskViewModel kiosk) {
        StampingViewModel vm = kiosk.stamping();
        root.setId("stamping");
        root.getStyleClass().addAll("confirmation", "stamping");
        root.setAlignment(Pos.TOP_CENTER);

        Label heading = HomeView.label("confirm-heading", vm.headingProperty());
        heading.setId("stamp-heading");
        Label symbol = new Label("\u2713");
        symbol.getStyleClass().add("stamp-symbol");
        symbol.visibleProperty().bind(vm.stateProperty().isEqualTo(State.DONE));
        symbol.managedProperty().bind(symbol.visibleProperty());
        KioskLabel number = HomeView.label("stamp-number", vm.numberProperty());
        number.setId("stamp-number");
        HomeView.showWhenText(number);
        Label when = HomeView.label("confirm-service", vm.whenProperty());
        when.setId("stamp-when");
        HomeView.showWhenText(when);
        VBox card = new VBox(heading, symbol, when, number);
        card.getStyleClass().add("confirm-card");
        card.setAlignment(Pos.TOP_CENTER);

        Label message = HomeView.label("confirm-line", vm.messageProperty());
        message.setId("stamp-message");
        HomeView.showWhenText(message);
        vm.stateProperty().addListener((o, was, now) -> {
            message.getStyleClass().remove("failed");
            if (now == State.REFUSED) {
                message.getStyleClass().add("failed");
            }
        });
        Label instruction = HomeView.label("instruction", vm.instructionProperty());
        instruction.setId("stamp-print-message");
        HomeView.showWhenText(instruction);
        vm.printStateProperty().addListener((o, was, now) -> {
            instruction.getStyleClass().remove("failed");
            if (now == PrintState.FAILED) {
                instruction.getStyleClass().add("failed");
            }
        });
        Label arrow = new Label("\u2193");
        arrow.getStyleClass().add("take-arrow");
        arrow.visibleProperty().bind(vm.printStateProperty().isEqualTo(PrintState.PRINTED));
        arrow.managedProperty().bind(arrow.visibleProperty());

        Button back = new Button();
        back.setId("stamp-back");
        back.textProperty().bind(kiosk.text("stamp.back"));
        back.getStyleClass().add("secondary-button");
        back.setMinHeight(Region.USE_PREF_SIZE);
        back.setMinWidth(Region.USE_PREF_SIZE);
        back.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.mayLeave(), vm.stateProperty(),
                vm.printStateProperty()));
        back.setOnAction(e -> kiosk.leaveStamping());

        Region above = new Region();
        Region below = new Region();
        VBox.setVgrow(above, Priority.ALWAYS);
        VBox.setVgrow(below, Priority.ALWAYS);
        for (Label l : new Label[] {heading, when, number, message, instruction}) {
            l.setAlignment(Pos.CENTER);
            l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        }
        root.getChildren().addAll(above, card, message, instruction, arrow, below, back);
        root.setOnMouseClicked(e -> {
            if (vm.stateProperty().get() == State.DONE) {
                kiosk.leaveStamping();
            }
        });
    }

    Node node() {
        return root;
    }
}

package org.sportello.kiosk;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The ticket number, very large, and what to do next; a tap anywhere goes back home. */
final class ConfirmationView {
    private final VBox root = new VBox();

    ConfirmationView(KioskViewModel kiosk) {
        ConfirmationViewModel vm = kiosk.confirmation();
        root.setId("confirmation");
        root.getStyleClass().add("confirmation");
        root.setAlignment(Pos.TOP_CENTER);

        Label heading = HomeView.label("confirm-heading", vm.headingProperty());
        KioskLabel code = HomeView.label("confirm-code", vm.codeProperty());
        code.setId("ticket-code");
        code.keepOnOneLine();
        Label service = HomeView.label("confirm-service", vm.serviceProperty());
        service.setId("ticket-service");
        Label priority = HomeView.label("confirm-priority", vm.priorityLineProperty());
        HomeView.showWhenText(priority);
        Label healthCard = HomeView.label("confirm-card-line", vm.cardLineProperty());
        healthCard.setId("ticket-card");
        HomeView.showWhenText(healthCard);
        VBox card = new VBox(heading, code, service, priority, healthCard);
        card.getStyleClass().add("confirm-card");
        card.setAlignment(Pos.TOP_CENTER);

        Label ahead = HomeView.label("confirm-line", vm.peopleAheadProperty());
        ahead.setId("people-ahead");
        HomeView.showWhenText(ahead);
        Label wait = HomeView.label("confirm-line", vm.waitLineProperty());
        wait.setId("wait-line");
        // An appointment ticket has no estimated wait: it is called at its time.
        HomeView.showWhenText(wait);
        Label counter = HomeView.label("confirm-counter", vm.counterLineProperty());
        counter.setId("counter-line");

        Label instruction = HomeView.label("instruction", vm.instructionProperty());
        instruction.setId("print-message");
        vm.printStateProperty().addListener((o, was, now) -> {
            instruction.getStyleClass().remove("failed");
            if (now == ConfirmationViewModel.PrintState.FAILED) {
                instruction.getStyleClass().add("failed");
            }
        });

        // Points down to the printer's slot, below the screen on a totem.
        Label arrow = new Label("\u2193");
        arrow.getStyleClass().add("take-arrow");
        arrow.visibleProperty().bind(vm.printStateProperty().isEqualTo(ConfirmationViewModel.PrintState.PRINTED));
        arrow.managedProperty().bind(arrow.visibleProperty());

        Region above = new Region();
        Region below = new Region();
        VBox.setVgrow(above, Priority.ALWAYS);
        VBox.setVgrow(below, Priority.ALWAYS);
        Label footer = HomeView.label("confirm-footer", vm.footerProperty());
        for (Label l : new Label[] {heading, code, service, priority, healthCard, ahead, wait, counter, instruction, footer}) {
            l.setAlignment(Pos.CENTER);
            l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        }
        root.getChildren().addAll(above, card, ahead, wait, counter, instruction, arrow, below, footer);
        root.setOnMouseClicked(e -> kiosk.dismissConfirmation());
    }

    Node node() {
        return root;
    }
}

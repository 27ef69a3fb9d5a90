package org.sportello.kiosk;

import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The kiosk window's content: one screen at a time, as the ViewModel says. */
public final class KioskView {
    private final StackPane root = new StackPane();

    public KioskView(KioskViewModel vm) {
        root.setId("kiosk-root");
        root.getStyleClass().add("kiosk");
        Label loading = HomeView.label("loading", vm.text("loading"));
        loading.setAlignment(Pos.CENTER);
        VBox loadingScreen = new VBox(loading);
        loadingScreen.setAlignment(Pos.CENTER);
        loadingScreen.setId("loading");

        Map<KioskViewModel.Screen, Node> screens = Map.of(
                KioskViewModel.Screen.LOADING, loadingScreen,
                KioskViewModel.Screen.HOME, new HomeView(vm).node(),
                KioskViewModel.Screen.PRIORITY, new PriorityView(vm).node(),
                KioskViewModel.Screen.CONFIRMATION, new ConfirmationView(vm).node(),
                KioskViewModel.Screen.OUT_OF_SERVICE, new OutOfServiceView(vm).node());
        screens.forEach((screen, node) -> {
            node.visibleProperty().bind(vm.screenProperty().isEqualTo(screen));
            root.getChildren().add(node);
        });
    }

    public StackPane root() {
        return root;
    }
}

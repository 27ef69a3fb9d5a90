package org.sportello.kiosk;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sportello.kiosk.language.KioskLanguage;

/**
 * The kiosk window's content: one screen at a time, as the ViewModel says, and over it the notice that
 * the screen is about to go back to the start. The whole kiosk mirrors for a right-to-left language,
 * and carries the citizen's display modes as style classes.
 */
public final class KioskView {
    private final StackPane root = new StackPane();

    public KioskView(KioskViewModel vm, ObservableBooleanValue landscape) {
        root.setId("kiosk-root");
        root.getStyleClass().add("kiosk");
        Label loading = HomeView.label("loading", vm.text("loading"));
        loading.setAlignment(Pos.CENTER);
        VBox loadingScreen = new VBox(loading);
        loadingScreen.setAlignment(Pos.CENTER);
        loadingScreen.setId("loading");

        Map<KioskViewModel.Screen, Node> screens = Map.of(
                KioskViewModel.Screen.LOADING, loadingScreen,
                KioskViewModel.Screen.HOME, new HomeView(vm, landscape).node(),
                KioskViewModel.Screen.PRIORITY, new PriorityView(vm).node(),
                KioskViewModel.Screen.CHECK_IN, new CheckInView(vm).node(),
                KioskViewModel.Screen.CONFIRMATION, new ConfirmationView(vm).node(),
                KioskViewModel.Screen.OUT_OF_SERVICE, new OutOfServiceView(vm).node(),
                KioskViewModel.Screen.STAMPING, new StampingView(vm).node());
        screens.forEach((screen, node) -> {
            node.visibleProperty().bind(vm.screenProperty().isEqualTo(screen));
            root.getChildren().add(node);
        });
        root.getChildren().add(idleNotice(vm, root));

        Runnable modes = () -> {
            root.getStyleClass().removeIf(c -> c.startsWith("lang-") || c.equals("high-contrast")
                    || c.equals("landscape") || c.equals("portrait"));
            KioskLanguage language = vm.languageProperty().get();
            root.getStyleClass().add("lang-" + language.tag());
            root.getStyleClass().add(landscape.get() ? "landscape" : "portrait");
            if (vm.highContrastProperty().get()) {
                root.getStyleClass().add("high-contrast");
            }
            root.setNodeOrientation(language.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        };
        vm.languageProperty().addListener((o, was, now) -> modes.run());
        vm.highContrastProperty().addListener((o, was, now) -> modes.run());
        landscape.addListener((o, was, now) -> modes.run());
        modes.run();
    }

    /** "Are you still there?" with the seconds left and a large button to stay. */
    private static Node idleNotice(KioskViewModel vm, StackPane root) {
        Label title = HomeView.label("idle-title", vm.text("idle.title"));
        Label text = HomeView.label("idle-text", vm.idleText());
        text.setId("idle-text");
        Button stay = new Button();
        stay.setId("idle-stay");
        stay.textProperty().bind(vm.text("idle.stay"));
        stay.getStyleClass().add("idle-stay");
        stay.setMaxWidth(Double.MAX_VALUE);
        KioskLabel.wrapUnlessRightToLeft(stay);
        stay.setOnAction(e -> vm.touched());
        for (Label l : new Label[] {title, text}) {
            l.setAlignment(Pos.CENTER);
            l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        }
        VBox card = new VBox(title, text, stay);
        card.getStyleClass().add("idle-card");
        card.setAlignment(Pos.CENTER);
        card.maxWidthProperty().bind(root.widthProperty().multiply(0.8));
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane veil = new StackPane(card);
        veil.setId("idle-notice");
        veil.getStyleClass().add("idle-veil");
        veil.visibleProperty().bind(Bindings.greaterThan(vm.idleCountdownProperty(), 0));
        return veil;
    }

    public StackPane root() {
        return root;
    }
}

package org.sportello.kiosk;

import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.sportello.kiosk.language.KioskLanguage;

/**
 * Out of service, in every kiosk language at once: nobody can switch language on this screen. The
 * office's language first and largest, then each other language in its own script and direction.
 */
final class OutOfServiceView {
    private final VBox root = new VBox();

    OutOfServiceView(KioskViewModel vm) {
        root.setId("out-of-service");
        root.getStyleClass().add("out-of-service");
        root.setAlignment(Pos.CENTER);
        KioskLanguage first = KioskLanguage.first();
        VBox card = new VBox(
                text("outage-title", first, KioskViewModel.text(first, "outage.title")),
                text("outage-text", first, KioskViewModel.text(first, "outage.text")));
        card.getStyleClass().add("outage-card");
        card.setAlignment(Pos.CENTER);
        Label detail = new Label();
        detail.setId("outage-detail");
        detail.getStyleClass().add("outage-text");
        detail.setWrapText(true);
        detail.setTextAlignment(TextAlignment.CENTER);
        detail.textProperty().bind(vm.outageDetailProperty());
        detail.visibleProperty().bind(vm.outageDetailProperty().isNotEmpty());
        detail.managedProperty().bind(detail.visibleProperty());
        VBox others = new VBox();
        others.getStyleClass().add("outage-others");
        others.setAlignment(Pos.CENTER);
        for (KioskLanguage l : KioskLanguage.values()) {
            if (l != first) {
                others.getChildren().add(text("outage-other", l, KioskViewModel.text(l, "outage.summary")));
            }
        }
        root.getChildren().addAll(card, detail, others, spinner(),
                text("outage-retry", first, KioskViewModel.text(first, "outage.retry")));
    }

    Node node() {
        return root;
    }

    private static Label text(String styleClass, KioskLanguage language, String words) {
        Label l = new KioskLabel(words);
        l.getStyleClass().addAll(styleClass, "lang-" + language.tag());
        l.setTextAlignment(TextAlignment.CENTER);
        l.setAlignment(Pos.CENTER);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setNodeOrientation(language.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        return l;
    }

    private static Node spinner() {
        ProgressIndicator p = new ProgressIndicator();
        p.getStyleClass().add("outage-spinner");
        return p;
    }
}

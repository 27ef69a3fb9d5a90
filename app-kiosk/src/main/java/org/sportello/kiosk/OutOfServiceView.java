package org.sportello.kiosk;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/** Out of service, in Italian and English at once: nobody can switch language on this screen. */
final class OutOfServiceView {
    private final VBox root = new VBox();

    OutOfServiceView(KioskViewModel vm) {
        root.setId("out-of-service");
        root.getStyleClass().add("out-of-service");
        root.setAlignment(Pos.CENTER);
        VBox card = new VBox(
                text("outage-title", Locale.ITALIAN, "outage.title"),
                text("outage-text", Locale.ITALIAN, "outage.text"),
                rule(),
                text("outage-title-en", Locale.ENGLISH, "outage.title"),
                text("outage-text-en", Locale.ENGLISH, "outage.text"));
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
        root.getChildren().addAll(card, detail, spinner(),
                text("outage-retry", Locale.ITALIAN, "outage.retry"),
                text("outage-retry", Locale.ENGLISH, "outage.retry"));
    }

    Node node() {
        return root;
    }

    private static Label text(String styleClass, Locale language, String key) {
        Label l = new Label(KioskViewModel.text(language, key));
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setTextAlignment(TextAlignment.CENTER);
        l.setAlignment(Pos.CENTER);
        return l;
    }

    private static Node rule() {
        Region r = new Region();
        r.getStyleClass().add("rule");
        return r;
    }

    private static Node spinner() {
        ProgressIndicator p = new ProgressIndicator();
        p.getStyleClass().add("outage-spinner");
        return p;
    }
}

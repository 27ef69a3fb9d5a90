package org.sportello.operator.office;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.sportello.operator.ui.Messages;

/** The red band across the window while the office database cannot be reached. */
public final class OfficeBanner extends VBox {

    public OfficeBanner(OfficeStatus status, Messages messages) {
        setId("officeBanner");
        getStyleClass().add("office-banner");
        Label title = new Label();
        title.setId("officeBannerTitle");
        title.textProperty().bind(messages.bind("banner.down"));
        title.getStyleClass().add("office-banner-title");
        Label detail = new Label();
        detail.textProperty().bind(Bindings.createStringBinding(
                () -> messages.text("banner.detail", status.failedProbesProperty().get()),
                status.failedProbesProperty(), messages.localeProperty()));
        detail.getStyleClass().add("office-banner-detail");
        detail.setId("officeBannerDetail");
        detail.setWrapText(true);
        getChildren().addAll(title, detail);
        visibleProperty().bind(status.downProperty());
        managedProperty().bind(status.downProperty());
    }
}

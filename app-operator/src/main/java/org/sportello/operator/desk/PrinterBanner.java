package org.sportello.operator.desk;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.sportello.model.events.PrinterReport;
import org.sportello.operator.ui.Messages;

/**
 * An amber band above the desk for each kiosk whose printer needs someone: the office hears it
 * here, since citizens at that kiosk get their number on screen only.
 */
final class PrinterBanner extends VBox {
    private final Messages messages;

    PrinterBanner(PrinterWarnings warnings, Messages messages) {
        this.messages = messages;
        setId("printerBanner");
        getStyleClass().add("printer-banner");
        warnings.list().addListener((ListChangeListener<PrinterReport>) c -> draw(warnings));
        messages.localeProperty().addListener((o, was, now) -> draw(warnings));
        visibleProperty().bind(Bindings.isNotEmpty(warnings.list()));
        managedProperty().bind(visibleProperty());
        draw(warnings);
    }

    private void draw(PrinterWarnings warnings) {
        getChildren().setAll(warnings.list().stream().map(this::line).toList());
    }

    private Label line(PrinterReport r) {
        Label l = new Label(messages.text("printer." + r.state().name(), r.station()));
        l.setId("printerWarning-" + r.station().replaceAll("[^A-Za-z0-9]+", "-"));
        l.getStyleClass().addAll("printer-warning", r.state() == PrinterReport.State.PAPER_NEAR_END ? "soon" : "now");
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}

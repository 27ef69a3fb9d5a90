package org.sportello.operator.desk;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.sportello.model.events.PrinterReport;
import org.sportello.operator.ui.Messages;

/**
 * An amber band above the desk for each device that needs someone: a kiosk printer (citizens there
 * get their number on screen only), a hall board or the hall's voice (called numbers do not reach the
 * hall that way, so the operator may call out loud too). It goes as soon as the device reports it is
 * fine.
 */
final class DeviceBanner extends VBox {
    private final Messages messages;

    DeviceBanner(DeviceWarnings warnings, Messages messages) {
        this.messages = messages;
        setId("deviceBanner");
        getStyleClass().add("printer-banner");
        warnings.list().addListener((ListChangeListener<DeviceWarning>) c -> draw(warnings));
        messages.localeProperty().addListener((o, was, now) -> draw(warnings));
        visibleProperty().bind(Bindings.isNotEmpty(warnings.list()));
        managedProperty().bind(visibleProperty());
        draw(warnings);
    }

    private void draw(DeviceWarnings warnings) {
        getChildren().setAll(warnings.list().stream().map(this::line).toList());
    }

    private Label line(DeviceWarning warning) {
        Label l = switch (warning) {
            case DeviceWarning.Printer p -> {
                PrinterReport r = p.report();
                Label printer = new Label(messages.text("printer." + r.state().name(), r.station()));
                printer.setId("printerWarning-" + id(r.station()));
                printer.getStyleClass().addAll("printer-warning",
                        r.state() == PrinterReport.State.PAPER_NEAR_END ? "soon" : "now");
                yield printer;
            }
            case DeviceWarning.Hall h -> {
                Label hall = new Label(messages.text("device." + h.report().device().name() + "."
                        + h.report().state().name(), h.report().station(), h.report().name()));
                hall.setId("deviceWarning-" + id(h.report().name() + "-" + h.report().station()));
                hall.getStyleClass().addAll("printer-warning", "device-warning", "now");
                yield hall;
            }
        };
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static String id(String text) {
        return text.replaceAll("[^A-Za-z0-9]+", "-");
    }
}

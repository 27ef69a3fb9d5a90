package org.sportello.operator.desk;

import java.util.OptionalInt;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sportello.model.office.ServiceInfo;
import org.sportello.operator.ui.Keycaps;

/** F5: send the ticket to another service (its letter) or to another counter (its number). */
final class TransferSheet extends SheetCard {
    private final VBox toService = new VBox();
    private final VBox toCounter = new VBox();

    TransferSheet(DeskViewModel model) {
        super(model, "transferSheet");
        String currentService = currentServicePrefix(model);
        toService.getStyleClass().add("sheet-choices");
        toService.getChildren().add(heading("sheet.transfer.toService"));
        for (ServiceInfo s : model.board().transferServices()) {
            String text = s.name(messages.locale());
            if (s.prefix().equals(currentService)) {
                text += " " + messages.text("sheet.transfer.current");
            }
            Button b = Keycaps.button(s.prefix(), text);
            b.setId("transfer-service-" + s.prefix());
            b.getStyleClass().add("sheet-choice");
            b.setMaxWidth(Double.MAX_VALUE);
            b.disableProperty().bind(model.busyProperty());
            b.setOnAction(e -> model.transferToService(s.prefix()));
            toService.getChildren().add(b);
        }
        toCounter.getStyleClass().add("sheet-choices");
        toCounter.getChildren().add(heading("sheet.transfer.toCounter"));
        for (CounterRow c : model.board().transferCounters()) {
            String who = c.operatorName() == null ? messages.name(c.state())
                    : c.operatorName() + " · " + messages.name(c.state());
            Button b = Keycaps.button(Integer.toString(c.number()),
                    messages.text("sheet.transfer.counterLine", c.number(), who));
            b.setId("transfer-counter-" + c.number());
            b.getStyleClass().add("sheet-choice");
            b.setMaxWidth(Double.MAX_VALUE);
            b.disableProperty().bind(model.busyProperty());
            b.setOnAction(e -> model.transferToCounter(c.number()));
            toCounter.getChildren().add(b);
        }
        HBox columns = new HBox(16, toService, toCounter);
        HBox.setHgrow(toService, Priority.ALWAYS);
        HBox.setHgrow(toCounter, Priority.ALWAYS);
        layOut(messages.text("sheet.transfer.title", currentCode(model)), messages.text("sheet.transfer.keys"),
                columns);
    }

    private Label heading(String key) {
        Label l = new Label(messages.text(key));
        l.getStyleClass().add("sheet-heading");
        return l;
    }

    private static String currentServicePrefix(DeskViewModel model) {
        var t = model.ticketProperty().get();
        if (t == null) {
            return "";
        }
        return model.board().transferServices().stream().filter(s -> s.id().equals(t.serviceId())).map(ServiceInfo::prefix)
                .findFirst().orElse("");
    }

    @Override
    boolean onKey(KeyEvent event) {
        if (event.getCode().isLetterKey()) {
            String letter = event.getCode().getName();
            boolean known = model.board().transferServices().stream().anyMatch(s -> s.prefix().equalsIgnoreCase(letter));
            if (known) {
                model.transferToService(letter);
                return true;
            }
        }
        OptionalInt d = digit(event.getCode());
        if (d.isPresent() && model.board().transferCounters().stream().anyMatch(c -> c.number() == d.getAsInt())) {
            model.transferToCounter(d.getAsInt());
            return true;
        }
        return false;
    }

    @Override
    void focus() {
        if (toService.getChildren().size() > 1) {
            toService.getChildren().get(1).requestFocus();
        }
    }
}

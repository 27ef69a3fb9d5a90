package org.sportello.operator.desk;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.sportello.model.queue.Ticket;
import org.sportello.operator.ui.Keycaps;

/** A waiting ticket's QR scanned at an idle counter: Enter calls it out of turn, Esc leaves it in line. */
final class TicketScanSheet extends SheetCard {
    private final TicketScan scan;

    TicketScanSheet(DeskViewModel model) {
        super(model, "ticketScanSheet");
        this.scan = model.ticketScan();
        Ticket t = scan.offeredProperty().get();
        Label code = new Label(t.code());
        code.setId("scannedCode");
        code.getStyleClass().add("scanned-code");
        Label what = new Label(messages.text("sheet.ticketScan.question", scan.serviceOf(t),
                WaitText.format(scan.waited(t), messages)));
        what.setId("scannedQuestion");
        what.setWrapText(true);
        what.getStyleClass().add("form-label");
        Button call = Keycaps.button("↵", messages.bind("sheet.ticketScan.confirm", t.code()));
        call.setId("scannedCall");
        call.getStyleClass().add("primary");
        call.disableProperty().bind(model.busyProperty());
        call.setOnAction(e -> scan.callOffered());
        VBox body = new VBox(code, what, call);
        body.getStyleClass().add("sheet-form");
        layOut(messages.text("sheet.ticketScan.title"), messages.text("sheet.ticketScan.keys"), body);
    }

    @Override
    boolean onKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            scan.callOffered();
            return true;
        }
        return false;
    }
}

package org.sportello.operator.desk;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.sportello.operator.ui.Keycaps;

/** F6: call a given ticket out of turn; the reason goes into the office log. */
final class CallSpecificSheet extends SheetCard {
    private final TextField code = new TextField();
    private final TextField reason = new TextField();

    CallSpecificSheet(DeskViewModel model) {
        super(model, "callSpecificSheet");
        code.setId("specificCode");
        code.getStyleClass().add("code-field");
        reason.setId("specificReason");
        Button call = Keycaps.button("↵", messages.bind("sheet.callSpecific.confirm"));
        call.setId("specificConfirm");
        call.getStyleClass().add("primary");
        call.disableProperty().bind(model.busyProperty().or(code.textProperty().isEmpty()));
        call.setOnAction(e -> confirm());
        VBox body = new VBox(label("sheet.callSpecific.code"), code, label("sheet.callSpecific.reason"), reason, call);
        body.getStyleClass().add("sheet-form");
        layOut(messages.text("sheet.callSpecific.title"), messages.text("sheet.callSpecific.keys"), body);
    }

    private Label label(String key) {
        Label l = new Label(messages.text(key));
        l.getStyleClass().add("form-label");
        return l;
    }

    private void confirm() {
        // The service checks both: an unknown code or an empty reason comes back as its own message.
        model.callSpecific(code.getText(), reason.getText());
    }

    @Override
    boolean onKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            confirm();
            return true;
        }
        return false;
    }

    @Override
    void focus() {
        code.requestFocus();
    }
}

package org.sportello.operator.desk;

import java.util.OptionalInt;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.sportello.operator.ui.Messages;

/**
 * A card laid over the desk while an action needs a choice: a title, the choices, the service's
 * refusal if any, and which keys work. Esc is handled by the desk for every sheet.
 */
abstract class SheetCard extends VBox {
    protected final DeskViewModel model;
    protected final Messages messages;
    private final Label title = new Label();
    private final Label error = new Label();
    private final Label keys = new Label();

    SheetCard(DeskViewModel model, String id) {
        this.model = model;
        this.messages = model.messages();
        setId(id);
        getStyleClass().add("sheet");
        setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        title.getStyleClass().add("sheet-title");
        title.setWrapText(true);
        error.getStyleClass().add("sheet-error");
        error.setId("sheetError");
        error.setWrapText(true);
        error.textProperty().bind(model.sheetErrorProperty());
        error.visibleProperty().bind(model.sheetErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        keys.getStyleClass().add("sheet-keys");
        keys.setWrapText(true);
    }

    /** Puts title, body, refusal and key help in order; subclasses call it once their body is built. */
    protected final void layOut(String titleText, String keysText, Node... body) {
        title.setText(titleText);
        keys.setText(keysText);
        getChildren().setAll(title);
        getChildren().addAll(body);
        getChildren().addAll(error, keys);
    }

    /** A key pressed while this sheet is open; true when it was for this sheet. */
    abstract boolean onKey(KeyEvent event);

    /** A scanner or card-reader burst while this sheet is open; true when the sheet took it. */
    boolean onScan(String burst) {
        return false;
    }

    /** Where the keyboard starts when the sheet opens. */
    void focus() {
        requestFocus();
    }

    /** 1 for both the "1" key and the keypad's 1. */
    static OptionalInt digit(KeyCode code) {
        if (!code.isDigitKey()) {
            return OptionalInt.empty();
        }
        String name = code.getName();
        return OptionalInt.of(Character.digit(name.charAt(name.length() - 1), 10));
    }

    static String currentCode(DeskViewModel model) {
        TicketCard card = model.cardProperty().get();
        return card == null ? "" : card.code();
    }
}

package org.sportello.operator.agenda;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * The picker of calendars by their owner's login, shown as "Name (login)", which the office's list of calendars
 * refills. Three things a plain combo box gets wrong here: replacing its items keeps the selected index, so for a
 * moment it names whichever calendar now sits there, and that must not count as the supervisor picking it (it loaded
 * the wrong calendar); setting the same login again does not redraw the button; and a name learned after the items
 * were drawn changes no item, so neither the button nor the list's cells would show it ({@link #redraw}).
 */
final class OwnerPicker {
    private final ComboBox<String> box;
    private final Function<String, String> describe;
    private boolean refilling;

    OwnerPicker(ComboBox<String> box, Function<String, String> describe) {
        this.box = box;
        this.describe = describe;
        box.setConverter(BookingPane.converter(describe));
        redraw();
    }

    /** What to do when the person at the desk picks a calendar (never on a refill). */
    void onPick(Consumer<String> picked) {
        box.setOnAction(e -> {
            if (!refilling && box.getValue() != null) {
                picked.accept(box.getValue());
            }
        });
    }

    /** New items from the office, keeping {@code keep} chosen (added when the list lacks it); null keeps the value. */
    void refill(List<String> owners, String keep) {
        refilling = true;
        try {
            box.getItems().setAll(owners);
            if (keep != null) {
                if (!box.getItems().contains(keep)) {
                    box.getItems().addFirst(keep);
                }
                box.setValue(null);
                box.setValue(keep);
            }
        } finally {
            refilling = false;
        }
    }

    /**
     * Draws the button and the list again with the names known now. Cells skip an item equal to the one they show,
     * so new cells (a new factory, a new button cell) are the way to make them ask for the name again.
     */
    void redraw() {
        box.setCellFactory(l -> cell());
        box.setButtonCell(cell());
    }

    private ListCell<String> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String login, boolean empty) {
                super.updateItem(login, empty);
                setText(empty || login == null ? null : describe.apply(login));
            }
        };
    }
}

package org.sportello.operator.agenda;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;

/**
 * The picker of calendars by their owner's login, which the office's list of calendars refills. Two things a plain
 * combo box gets wrong here: replacing its items keeps the selected index, so for a moment it names whichever calendar
 * now sits there, and that must not count as the supervisor picking it (it loaded the wrong calendar); and setting the
 * same login again does not redraw the button, which then showed the bare login although the name had arrived.
 */
final class OwnerPicker {
    private final ComboBox<String> box;
    private boolean refilling;

    OwnerPicker(ComboBox<String> box) {
        this.box = box;
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
}

package org.sportello.operator.agenda;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sportello.model.agenda.Workshop;
import org.sportello.operator.ui.Messages;

/** A workshop calendar's room and seats; a person's calendar has neither, and the form is not shown for it. */
public final class WorkshopForm {
    static final int MOST_SEATS = 500;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown", false);
    private final StringProperty room = new SimpleStringProperty(this, "room", "");
    private final StringProperty seats = new SimpleStringProperty(this, "seats", "");
    private final ReadOnlyStringWrapper roomError = new ReadOnlyStringWrapper(this, "roomError", "");
    private final ReadOnlyStringWrapper seatsError = new ReadOnlyStringWrapper(this, "seatsError", "");

    public WorkshopForm(Messages messages) {
        this.messages = messages;
        room.addListener((obs, was, now) -> check());
        seats.addListener((obs, was, now) -> check());
    }

    /** {@code workshop}: null for a person's calendar. */
    public void load(Workshop workshop) {
        shown.set(workshop != null);
        room.set(workshop == null ? "" : workshop.room());
        seats.set(workshop == null ? "" : String.valueOf(workshop.seats()));
        check();
    }

    /** Shown or not, fields empty: a new calendar's, whose room and seats are still to be typed. */
    public void startNew(boolean workshop) {
        shown.set(workshop);
        room.set("");
        seats.set("");
        check();
    }

    public boolean valid() {
        return roomError.get().isEmpty() && seatsError.get().isEmpty();
    }

    /** The room and seats typed, null for a person's calendar; only when {@link #valid()}. */
    public Workshop value() {
        return shown.get() ? new Workshop(room.get().strip(), Integer.parseInt(seats.get().strip())) : null;
    }

    private void check() {
        if (!shown.get()) {
            roomError.set("");
            seatsError.set("");
            return;
        }
        roomError.set(room.get().isBlank() ? messages.text("editor.room.empty") : "");
        String problem = "";
        try {
            int n = Integer.parseInt(seats.get().strip());
            if (n < 1 || n > MOST_SEATS) {
                problem = messages.text("editor.seats.range", MOST_SEATS);
            }
        } catch (NumberFormatException e) {
            problem = messages.text("editor.seats.range", MOST_SEATS);
        }
        seatsError.set(problem);
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public StringProperty roomProperty() {
        return room;
    }

    public StringProperty seatsProperty() {
        return seats;
    }

    public ReadOnlyStringProperty roomErrorProperty() {
        return roomError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty seatsErrorProperty() {
        return seatsError.getReadOnlyProperty();
    }
}

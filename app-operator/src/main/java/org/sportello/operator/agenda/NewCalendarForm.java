package org.sportello.operator.agenda;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sportello.operator.ui.Messages;

/**
 * Whose calendar a supervisor opens (ADR 40): an operator's login, or a workshop's code and title. Hours, lengths,
 * room and seats are typed in the editor's other forms; the office checks the rest (a login that does not exist, a
 * name already taken) and its answer is said in the editor's notice.
 */
public final class NewCalendarForm {
    private final Messages messages;
    private final BooleanProperty workshop = new SimpleBooleanProperty(this, "workshop", false);
    private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ReadOnlyStringWrapper ownerError = new ReadOnlyStringWrapper(this, "ownerError", "");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private boolean checking;

    public NewCalendarForm(Messages messages) {
        this.messages = messages;
        owner.addListener((obs, was, now) -> check());
        name.addListener((obs, was, now) -> check());
        workshop.addListener((obs, was, now) -> check());
    }

    /** Empty fields, no error shown until the supervisor types or saves. */
    public void clear(boolean asWorkshop) {
        checking = false;
        workshop.set(asWorkshop);
        owner.set("");
        name.set("");
        ownerError.set("");
        nameError.set("");
    }

    /** Checks every field (errors shown from now on). */
    public boolean valid() {
        checking = true;
        check();
        return ownerError.get().isEmpty() && nameError.get().isEmpty();
    }

    private void check() {
        if (!checking) {
            return;
        }
        String o = owner.get().strip();
        ownerError.set(o.isEmpty() ? messages.text(workshop.get() ? "editor.new.code.empty" : "editor.new.login.empty")
                : o.length() > 64 || o.contains(" ") ? messages.text("editor.new.owner.bad") : "");
        nameError.set(workshop.get() && name.get().isBlank() ? messages.text("editor.new.name.empty") : "");
    }

    public BooleanProperty workshopProperty() {
        return workshop;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty ownerErrorProperty() {
        return ownerError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }
}

package org.sportello.operator.agenda;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sportello.model.agenda.Absence;
import org.sportello.operator.ui.Messages;

/**
 * The calendar editor's absences: the list, and the one being typed (from, to, reason). A day alone means the whole
 * day; "to" left empty means the same day. An absence ending before it starts, or already over, is refused beside
 * the field that is wrong.
 */
public final class AbsencesForm {
    private final Messages messages;
    private final Supplier<LocalDateTime> now;
    private final ObservableList<Absence> absences = FXCollections.observableArrayList();
    private final StringProperty from = new SimpleStringProperty(this, "from", "");
    private final StringProperty to = new SimpleStringProperty(this, "to", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ReadOnlyStringWrapper fromError = new ReadOnlyStringWrapper(this, "fromError", "");
    private final ReadOnlyStringWrapper toError = new ReadOnlyStringWrapper(this, "toError", "");

    /** {@code now}: the office's wall-clock time, to refuse an absence already over. */
    public AbsencesForm(Messages messages, Supplier<LocalDateTime> now) {
        this.messages = messages;
        this.now = now;
        // What was wrong with the last try goes once either end is typed again.
        from.addListener((obs, was, is) -> clearErrors());
        to.addListener((obs, was, is) -> clearErrors());
    }

    public void load(List<Absence> stored) {
        absences.setAll(stored);
        from.set("");
        to.set("");
        reason.set("");
    }

    /** Adds the absence typed; false (with the reason beside its field) when it is not one. */
    public boolean add() {
        Optional<LocalDateTime> start = AgendaDates.parseWhen(from.get());
        String endText = to.get().isBlank() ? from.get() : to.get();
        Optional<LocalDateTime> end = AgendaDates.parseWhen(endText);
        fromError.set(start.isEmpty() ? messages.text("editor.absence.badDate", from.get().strip()) : "");
        toError.set(end.isEmpty() && !to.get().isBlank() ? messages.text("editor.absence.badDate", to.get().strip()) : "");
        if (start.isEmpty() || end.isEmpty()) {
            return false;
        }
        // A day alone is the whole of it: up to the next midnight.
        LocalDateTime until = end.get().toLocalTime().equals(LocalTime.MIDNIGHT) ? end.get().plusDays(1) : end.get();
        if (!until.isAfter(start.get())) {
            toError.set(messages.text("editor.absence.backwards"));
            return false;
        }
        if (!until.isAfter(now.get())) {
            toError.set(messages.text("editor.absence.past"));
            return false;
        }
        absences.add(new Absence(start.get(), until, reason.get()));
        from.set("");
        to.set("");
        reason.set("");
        return true;
    }

    private void clearErrors() {
        fromError.set("");
        toError.set("");
    }

    public void remove(Absence a) {
        if (a != null) {
            absences.remove(a);
        }
    }

    public String describe(Absence a) {
        return messages.text("calendar.entry.absence", AgendaDates.typed(a.from()), AgendaDates.typed(a.to()),
                a.reason());
    }

    public List<Absence> value() {
        return List.copyOf(absences);
    }

    public ObservableList<Absence> absences() {
        return absences;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty fromErrorProperty() {
        return fromError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty toErrorProperty() {
        return toError.getReadOnlyProperty();
    }
}

package org.sportello.operator.agenda;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sportello.model.agenda.AgendaCalendar;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.operator.ui.Messages;

/** The calendar editor's slot length per kind of appointment, in minutes (5 to 480, as the model allows). */
public final class SlotLengthsForm {
    static final int SHORTEST = 5;
    static final int LONGEST = 480;
    private final Messages messages;
    private final Map<AppointmentKind, StringProperty> text = new EnumMap<>(AppointmentKind.class);
    private final Map<AppointmentKind, ReadOnlyStringWrapper> error = new EnumMap<>(AppointmentKind.class);

    public SlotLengthsForm(Messages messages) {
        this.messages = messages;
        for (AppointmentKind k : AppointmentKind.values()) {
            text.put(k, new SimpleStringProperty(""));
            error.put(k, new ReadOnlyStringWrapper(""));
            text.get(k).addListener((obs, was, now) -> check(k));
        }
    }

    public void load(AgendaCalendar k) {
        text.forEach((kind, t) -> t.set(String.valueOf(k.lengthOf(kind).toMinutes())));
    }

    public boolean valid() {
        return error.values().stream().allMatch(e -> e.get().isEmpty());
    }

    /** The lengths typed (an empty field: the kind's default); only when {@link #valid()}. */
    public Map<AppointmentKind, Duration> value() {
        Map<AppointmentKind, Duration> out = new EnumMap<>(AppointmentKind.class);
        text.forEach((kind, t) -> {
            if (!t.get().isBlank()) {
                out.put(kind, Duration.ofMinutes(Integer.parseInt(t.get().strip())));
            }
        });
        return out;
    }

    private void check(AppointmentKind kind) {
        String t = text.get(kind).get().strip();
        String problem = "";
        if (!t.isEmpty()) {
            try {
                int minutes = Integer.parseInt(t);
                if (minutes < SHORTEST || minutes > LONGEST) {
                    problem = messages.text("editor.length.range", SHORTEST, LONGEST);
                }
            } catch (NumberFormatException e) {
                problem = messages.text("editor.length.bad", t);
            }
        }
        error.get(kind).set(problem);
    }

    public StringProperty minutes(AppointmentKind kind) {
        return text.get(kind);
    }

    public ReadOnlyStringProperty error(AppointmentKind kind) {
        return error.get(kind).getReadOnlyProperty();
    }
}

package org.sportello.operator.agenda;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sportello.model.agenda.TimeRange;
import org.sportello.model.agenda.WorkingHours;
import org.sportello.operator.ui.Messages;

/**
 * The calendar editor's working hours: one line per weekday ("08:30-12:30 14:30-17:00", empty when closed), checked
 * as typed. Beside each day: what is wrong with it, in words, or the lunch break its ranges leave.
 */
public final class HoursForm {
    private final Messages messages;
    private final Map<DayOfWeek, StringProperty> text = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, ReadOnlyStringWrapper> error = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, ReadOnlyStringWrapper> note = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, List<TimeRange>> ranges = new EnumMap<>(DayOfWeek.class);

    public HoursForm(Messages messages) {
        this.messages = messages;
        for (DayOfWeek d : DayOfWeek.values()) {
            text.put(d, new SimpleStringProperty(""));
            error.put(d, new ReadOnlyStringWrapper(""));
            note.put(d, new ReadOnlyStringWrapper(""));
            text.get(d).addListener((obs, was, now) -> check(d));
            check(d);
        }
    }

    public void load(WorkingHours hours) {
        text.forEach((day, t) -> t.set(String.join(" ", hours.on(day).stream().map(TimeRange::toString).toList())));
    }

    /** True when every day reads; else each wrong day's error says why. */
    public boolean valid() {
        return error.values().stream().allMatch(e -> e.get().isEmpty());
    }

    /** The hours typed; only when {@link #valid()}. */
    public WorkingHours value() {
        return new WorkingHours(ranges);
    }

    private void check(DayOfWeek day) {
        List<TimeRange> read = new ArrayList<>();
        String problem = "";
        for (String word : text.get(day).get().strip().split("[\\s,;]+")) {
            if (word.isBlank()) {
                continue;
            }
            String[] ends = word.split("-");
            LocalTime from;
            LocalTime to;
            try {
                if (ends.length != 2) {
                    throw new DateTimeParseException(word, word, 0);
                }
                from = LocalTime.parse(pad(ends[0]));
                to = LocalTime.parse(pad(ends[1]));
            } catch (DateTimeParseException e) {
                problem = messages.text("editor.hours.bad", word);
                break;
            }
            if (!to.isAfter(from)) {
                problem = messages.text("editor.hours.backwards", word);
                break;
            }
            read.add(new TimeRange(from, to));
        }
        read.sort(Comparator.comparing(TimeRange::from));
        for (int i = 1; problem.isEmpty() && i < read.size(); i++) {
            if (read.get(i).from().isBefore(read.get(i - 1).to())) {
                problem = messages.text("editor.hours.overlap", read.get(i - 1), read.get(i));
            }
        }
        error.get(day).set(problem);
        ranges.put(day, problem.isEmpty() ? List.copyOf(read) : List.of());
        note.get(day).set(problem.isEmpty() ? noteFor(read) : "");
    }

    private String noteFor(List<TimeRange> read) {
        if (read.isEmpty()) {
            return messages.text("editor.hours.closed");
        }
        List<String> breaks = new ArrayList<>();
        for (int i = 1; i < read.size(); i++) {
            if (read.get(i).from().isAfter(read.get(i - 1).to())) {
                breaks.add(AgendaDates.time(read.get(i - 1).to()) + "–" + AgendaDates.time(read.get(i).from()));
            }
        }
        return breaks.isEmpty() ? "" : messages.text("editor.hours.lunch", String.join(", ", breaks));
    }

    /** "9:00" and "9.00" as the operator may type them. */
    static String pad(String time) {
        String t = time.strip().replace('.', ':');
        return t.length() == 4 ? "0" + t : t;
    }

    public StringProperty hours(DayOfWeek day) {
        return text.get(day);
    }

    public ReadOnlyStringProperty error(DayOfWeek day) {
        return error.get(day).getReadOnlyProperty();
    }

    /** The lunch break (or "closed") of a day that reads. */
    public ReadOnlyStringProperty note(DayOfWeek day) {
        return note.get(day).getReadOnlyProperty();
    }
}

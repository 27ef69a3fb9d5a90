package org.sportello.selfservice;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sportello.model.offers.Course;

/**
 * The courses and workshops calendar: the next {@value #DAYS} days from the office, in date order,
 * narrowed to courses or workshops with a chip. UI thread only.
 */
public final class CoursesViewModel {
    public static final int DAYS = 60;

    private final TerminalViewModel terminal;
    private final ObservableList<Course> all = FXCollections.observableArrayList();
    private final ObservableList<Course> shown = FXCollections.observableArrayList();
    /** Null: both kinds. */
    private final ObjectProperty<Course.Kind> kind = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    CoursesViewModel(TerminalViewModel terminal) {
        this.terminal = terminal;
        kind.addListener((o, was, now) -> filter());
    }

    void load() {
        LocalDate from = terminal.settings().today();
        terminal.dispatch().background().execute(() -> {
            List<Course> answer;
            try {
                answer = terminal.offers().courses(from, from.plusDays(DAYS), "");
            } catch (RuntimeException e) {
                terminal.dispatch().ui().execute(() -> terminal.failed(e));
                return;
            }
            terminal.dispatch().ui().execute(() -> {
                all.setAll(answer.stream().sorted(Comparator.comparing(Course::starts).thenComparing(Course::title)).toList());
                filter();
                loaded.set(true);
            });
        });
    }

    public void toggleKind(Course.Kind k) {
        kind.set(kind.get() == k ? null : k);
        terminal.touched();
    }

    private void filter() {
        shown.setAll(all.stream().filter(c -> kind.get() == null || c.kind() == kind.get()).toList());
    }

    void clear() {
        kind.set(null);
        all.clear();
        shown.clear();
        loaded.set(false);
    }

    public ObservableList<Course> courses() {
        return shown;
    }

    public ObjectProperty<Course.Kind> kindProperty() {
        return kind;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}

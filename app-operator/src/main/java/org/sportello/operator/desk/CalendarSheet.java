package org.sportello.operator.desk;

import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sportello.operator.agenda.CalendarModel;
import org.sportello.operator.agenda.CalendarPane;

/** Shift+F10: the calendar. The sheet is the frame; the work is {@link CalendarPane} and its {@link CalendarModel}. */
final class CalendarSheet extends SheetCard {
    private final CalendarPane pane;

    CalendarSheet(DeskViewModel model, CalendarModel calendar) {
        super(model, "calendarSheet");
        getStyleClass().add("agenda-sheet");
        pane = new CalendarPane(calendar);
        VBox.setVgrow(pane, Priority.ALWAYS);
        layOut(messages.text("calendar.title"),
                messages.text(calendar.isSupervisor() ? "calendar.keys.supervisor" : "calendar.keys"), pane);
        setMaxHeight(Double.MAX_VALUE);
    }

    @Override
    boolean onKey(KeyEvent event) {
        return pane.onKey(event);
    }

    @Override
    void focus() {
        pane.focus();
    }
}

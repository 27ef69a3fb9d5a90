package org.sportello.operator.agenda;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sportello.model.agenda.AgendaCalendar;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Notice;

/**
 * The calendar's view: a day or a week of columns (appointments, free slots, absences), and for supervisors the
 * calendar picker. Keys: PgUp/PgDn move by a day or a week, F2 day/week, F5 reloads. Supervisors edit calendars in
 * {@link CalendarEditorPane} (Ctrl+F10).
 */
public final class CalendarPane extends VBox {
    /**
     * The key under which each day's list keeps its date. Not a CSS id: JavaFX keeps a style cache per id for
     * the scene's life, and a desk browsing the calendar all day would grow one per day seen.
     */
    public static final String DAY = "calendarDay";
    private final CalendarModel model;
    private final Messages messages;
    private final ComboBox<String> owner = new ComboBox<>();
    private final HBox days = new HBox(8);
    private final Label notice = new Label();

    public CalendarPane(CalendarModel model) {
        this.model = model;
        this.messages = model.messages();
        getStyleClass().add("calendar-pane");

        Label title = new Label();
        title.setId("calendarTitle");
        title.getStyleClass().add("calendar-title");
        title.setWrapText(true);
        title.textProperty().bind(model.titleProperty());
        owner.setId("calendarOwner");
        OwnerPicker picker = new OwnerPicker(owner, model::describe);
        model.onNamesChanged(picker::redraw);
        model.calendars().addListener((ListChangeListener<AgendaCalendar>) c -> picker.refill(
                model.calendars().stream().map(AgendaCalendar::owner).toList(), model.ownerProperty().get()));
        picker.onPick(picked -> {
            if (!picked.equals(model.ownerProperty().get())) {
                model.ownerProperty().set(picked);
                model.load();
            }
        });
        owner.setVisible(model.isSupervisor());
        owner.setManaged(model.isSupervisor());
        HBox top = new HBox(12, owner, title);
        HBox.setHgrow(title, Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_LEFT);

        days.setId("calendarDays");
        model.days().addListener((ListChangeListener<CalendarModel.Day>) c -> showDays());

        VBox.setVgrow(days, Priority.ALWAYS);

        notice.setId("calendarNotice");
        notice.getStyleClass().add("issue-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        model.noticeProperty().addListener((obs, was, now) -> show(now));
        show(null);
        getChildren().setAll(top, days, notice);
        setSpacing(8);
    }

    private void showDays() {
        days.getChildren().clear();
        for (CalendarModel.Day d : model.days()) {
            Label title = new Label(d.title());
            title.getStyleClass().add("sheet-heading");
            ListView<CalendarModel.Entry> entries = new ListView<>();
            entries.getProperties().put(DAY, d.day());
            entries.getStyleClass().add("calendar-day");
            entries.getItems().setAll(d.entries());
            entries.setFocusTraversable(false);
            entries.setCellFactory(l -> new ListCell<>() {
                {
                    // A week's narrow columns wrap a long appointment rather than scroll sideways.
                    setWrapText(true);
                    setPrefWidth(0);
                }

                @Override
                protected void updateItem(CalendarModel.Entry item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("entry-appointment", "entry-free", "entry-absence", "entry-closed");
                    setText(empty || item == null ? null : item.text());
                    if (!empty && item != null) {
                        getStyleClass().add("entry-" + item.style());
                    }
                }
            });
            entries.setPrefWidth(80);
            VBox column = new VBox(4, title, entries);
            VBox.setVgrow(entries, Priority.ALWAYS);
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setPrefWidth(80);
            days.getChildren().add(column);
        }
    }

    public boolean onKey(KeyEvent event) {
        switch (event.getCode()) {
            case PAGE_UP -> model.previous();
            case PAGE_DOWN -> model.next();
            case F2 -> model.toggleWeek();
            case F5 -> model.load();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Supervisors pick whose calendar first; else the sheet itself. */
    public void focus() {
        if (model.isSupervisor()) {
            owner.requestFocus();
        } else {
            requestFocus();
        }
    }

    private void show(Notice n) {
        notice.getStyleClass().removeAll("info", "success", "error");
        notice.setVisible(n != null);
        notice.setManaged(n != null);
        if (n != null) {
            notice.setText(n.text());
            notice.getStyleClass().add(n.kind().name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}

package org.sportello.operator.agenda;

import java.time.DayOfWeek;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sportello.model.agenda.Absence;
import org.sportello.model.agenda.AgendaCalendar;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Notice;

/**
 * The calendar's view: a day or a week of columns (appointments, free slots, absences), and for supervisors the
 * calendar picker and the edit form in the days' place. Keys: PgUp/PgDn move by a day or a week, F2 day/week,
 * F3 edit, F4 adds the absence typed, Del removes the absence picked, F5 reloads, F6 saves.
 */
public final class CalendarPane extends VBox {
    private final CalendarModel model;
    private final Messages messages;
    private final ComboBox<String> owner = new ComboBox<>();
    private final HBox days = new HBox(8);
    private final GridPane editor = new GridPane();
    private final ListView<Absence> absences = new ListView<>();
    private final TextField firstHours;
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
        owner.setConverter(BookingPane.converter(o -> model.calendars().stream().filter(k -> k.owner().equals(o))
                .findFirst().map(k -> k.name() + " (" + o + ")").orElse(o)));
        model.calendars().addListener((ListChangeListener<AgendaCalendar>) c -> {
            String chosen = model.ownerProperty().get();
            owner.getItems().setAll(model.calendars().stream().map(AgendaCalendar::owner).toList());
            if (chosen != null && !owner.getItems().contains(chosen)) {
                owner.getItems().addFirst(chosen);
            }
            owner.setValue(chosen);
        });
        owner.setOnAction(e -> {
            String picked = owner.getValue();
            if (picked != null && !picked.equals(model.ownerProperty().get())) {
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

        editor.setId("calendarEditor");
        editor.getStyleClass().add("calendar-editor");
        editor.setHgap(8);
        editor.setVgap(4);
        int row = 0;
        editor.add(heading("calendar.heading.hours"), 0, row, 2, 1);
        editor.add(heading("calendar.heading.lengths"), 2, row, 2, 1);
        editor.add(heading("calendar.heading.absences"), 4, row++, 1, 1);
        TextField first = null;
        for (DayOfWeek d : DayOfWeek.values()) {
            TextField hours = new TextField();
            hours.setId("calendarHours-" + d.name());
            hours.setPromptText(messages.text("calendar.hours.prompt"));
            hours.textProperty().bindBidirectional(model.hours(d));
            hours.setPrefColumnCount(12);
            editor.add(new Label(messages.name(d)), 0, row);
            editor.add(hours, 1, row);
            if (first == null) {
                first = hours;
            }
            row++;
        }
        firstHours = first;
        row = 1;
        for (AppointmentKind k : AppointmentKind.values()) {
            TextField minutes = new TextField();
            minutes.setId("calendarLength-" + k.name());
            minutes.textProperty().bindBidirectional(model.length(k));
            minutes.setPrefColumnCount(4);
            Label name = new Label(messages.text("calendar.length", messages.name(k)));
            name.setWrapText(true);
            editor.add(name, 2, row);
            editor.add(minutes, 3, row++);
        }
        TextField room = field("calendarRoom", "calendar.label.room", model.roomProperty());
        TextField seats = field("calendarSeats", "calendar.label.seats", model.seatsProperty());
        seats.setPrefColumnCount(4);
        editor.add(new Label(messages.text("calendar.label.room")), 2, row);
        editor.add(room, 3, row++);
        editor.add(new Label(messages.text("calendar.label.seats")), 2, row);
        editor.add(seats, 3, row);
        absences.setId("calendarAbsences");
        absences.setItems(model.absences());
        absences.setCellFactory(l -> BookingPane.cell(model::describe));
        absences.setPlaceholder(new Label(messages.text("calendar.absences.none")));
        absences.setPrefHeight(150);
        TextField from = field("calendarAbsenceFrom", "calendar.absence.from", model.absenceFromProperty());
        TextField to = field("calendarAbsenceTo", "calendar.absence.to", model.absenceToProperty());
        TextField why = field("calendarAbsenceReason", "calendar.absence.reason", model.absenceReasonProperty());
        why.setOnAction(e -> model.addAbsence());
        VBox absenceBox = new VBox(4, absences, from, to, why);
        VBox.setVgrow(absences, Priority.ALWAYS);
        editor.add(absenceBox, 4, 1, 1, 8);
        GridPane.setHgrow(absenceBox, Priority.ALWAYS);
        editor.visibleProperty().bind(model.editingProperty());
        days.visibleProperty().bind(model.editingProperty().not());
        StackPane body = new StackPane(days, editor);
        VBox.setVgrow(body, Priority.ALWAYS);

        notice.setId("calendarNotice");
        notice.getStyleClass().add("issue-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        model.noticeProperty().addListener((obs, was, now) -> show(now));
        show(null);
        getChildren().setAll(top, body, notice);
        setSpacing(8);
    }

    private void showDays() {
        days.getChildren().clear();
        for (CalendarModel.Day d : model.days()) {
            Label title = new Label(d.title());
            title.getStyleClass().add("sheet-heading");
            ListView<CalendarModel.Entry> entries = new ListView<>();
            entries.setId("calendarDay-" + d.day());
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
            case F3 -> {
                model.toggleEditing();
                focus();
            }
            case F4 -> model.addAbsence();
            case F5 -> model.load();
            case F6 -> model.save();
            case DELETE -> {
                if (!absences.isFocused()) {
                    return false;
                }
                model.removeAbsence(absences.getSelectionModel().getSelectedItem());
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Supervisors pick whose calendar first; in the editor, the first day's hours; else the sheet itself. */
    public void focus() {
        if (model.editingProperty().get()) {
            firstHours.requestFocus();
        } else if (model.isSupervisor()) {
            owner.requestFocus();
        } else {
            requestFocus();
        }
    }

    private TextField field(String id, String promptKey, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(messages.text(promptKey));
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private Label heading(String key) {
        Label l = new Label(messages.text(key));
        l.getStyleClass().add("sheet-heading");
        return l;
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

package org.sportello.operator.agenda;

import java.time.DayOfWeek;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sportello.model.agenda.Absence;
import org.sportello.model.agenda.AgendaCalendar;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Notice;
import org.sportello.operator.ui.SheetPane;

/**
 * The calendar editor's view (supervisors, Ctrl+F10): whose calendar, hours by weekday with the lunch break they
 * leave, slot lengths, absences, a workshop's room and seats, and the office's booking rule; what is wrong is
 * written beside its field. Keys: F8 starts a new calendar (ADR 40), F4 adds the absence typed, Del removes the absence picked, F5 reloads, F6 saves
 * the calendar, F7 saves the booking rule.
 */
public final class CalendarEditorPane extends VBox implements SheetPane {
    private final CalendarEditorModel model;
    private final Messages messages;
    private final ComboBox<String> owner = new ComboBox<>();
    private final ListView<Absence> absences = new ListView<>();
    private final Label notice = new Label();
    private final OwnerPicker picker;

    public CalendarEditorPane(CalendarEditorModel model) {
        this.model = model;
        this.messages = model.messages();
        getStyleClass().addAll("calendar-pane", "editor-pane");

        owner.setId("editorOwner");
        picker = new OwnerPicker(owner, model::describe);
        model.onNamesChanged(picker::redraw);
        model.calendars().addListener((ListChangeListener<AgendaCalendar>) c -> pickerItems());
        model.readProperty().addListener((obs, was, now) -> pickerItems());
        picker.onPick(picked -> {
            AgendaCalendar shown = model.readProperty().get();
            if (shown == null || !picked.equals(shown.owner())) {
                model.pick(picked);
            }
        });
        Label title = new Label();
        title.setId("editorTitle");
        title.getStyleClass().add("calendar-title");
        title.setWrapText(true);
        title.textProperty().bind(model.titleProperty());
        HBox top = new HBox(12, owner, title);
        HBox.setHgrow(title, Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_LEFT);

        HBox body = new HBox(16, hoursColumn(), lengthsColumn(), absencesColumn());
        body.getStyleClass().add("editor-body");

        ListView<String> stranded = new ListView<>(model.stranded());
        stranded.setId("editorStranded");
        stranded.getStyleClass().add("editor-stranded");
        stranded.setPrefHeight(96);
        stranded.setFocusTraversable(false);
        Label strandedTitle = heading("editor.heading.stranded");
        VBox strandedBox = new VBox(4, strandedTitle, stranded);
        strandedBox.visibleProperty().bind(Bindings.isNotEmpty(model.stranded()));
        strandedBox.managedProperty().bind(strandedBox.visibleProperty());

        notice.setId("editorNotice");
        notice.getStyleClass().add("issue-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        model.noticeProperty().addListener((obs, was, now) -> show(now));
        show(null);
        // The office's rule is not the new calendar's: hidden while one is filled in, so the screen keeps its rows.
        VBox rule = ruleBox();
        rule.visibleProperty().bind(model.creatingProperty().not());
        rule.managedProperty().bind(rule.visibleProperty());
        getChildren().setAll(top, openingBox(), body, strandedBox, rule, notice);
        setSpacing(8);
    }

    private void pickerItems() {
        AgendaCalendar shown = model.readProperty().get();
        picker.refill(model.calendars().stream().map(AgendaCalendar::owner).toList(),
                shown == null ? null : shown.owner());
    }

    private VBox hoursColumn() {
        GridPane grid = grid();
        HoursForm form = model.hours();
        int row = 0;
        for (DayOfWeek d : DayOfWeek.values()) {
            TextField hours = new TextField();
            hours.setId("editorHours-" + d.name());
            hours.setPromptText(messages.text("calendar.hours.prompt"));
            hours.textProperty().bindBidirectional(form.hours(d));
            hours.setPrefColumnCount(14);
            org.sportello.operator.ui.PromptWidth.whole(hours);
            Label day = new Label(messages.name(d));
            day.setMinWidth(Region.USE_PREF_SIZE);
            day.setLabelFor(hours);
            Label beside = beside("editorHoursNote-" + d.name(), form.error(d), form.note(d));
            beside.setPrefWidth(150);
            beside.setMinWidth(150);
            grid.add(day, 0, row);
            grid.add(hours, 1, row);
            grid.add(beside, 2, row++);
        }
        return column("editor.heading.hours", grid);
    }

    private VBox lengthsColumn() {
        GridPane grid = grid();
        SlotLengthsForm form = model.lengths();
        int row = 0;
        for (AppointmentKind k : AppointmentKind.values()) {
            TextField minutes = new TextField();
            minutes.setId("editorLength-" + k.name());
            minutes.textProperty().bindBidirectional(form.minutes(k));
            minutes.setPrefColumnCount(3);
            minutes.setMinWidth(Region.USE_PREF_SIZE);
            Label kind = new Label(messages.name(k));
            kind.setWrapText(true);
            kind.setMinHeight(Region.USE_PREF_SIZE);
            kind.setPrefWidth(150);
            kind.setMinWidth(120);
            kind.setLabelFor(minutes);
            grid.add(kind, 0, row);
            grid.add(minutes, 1, row++);
            grid.add(error("editorLengthError-" + k.name(), form.error(k)), 0, row++, 2, 1);
        }
        WorkshopForm w = model.workshop();
        VBox workshop = new VBox(4, heading("editor.heading.workshop.place"),
                stacked("editorRoom", "calendar.label.room", w.roomProperty(), w.roomErrorProperty(), 10),
                stacked("editorSeats", "calendar.label.seats", w.seatsProperty(), w.seatsErrorProperty(), 3));
        workshop.visibleProperty().bind(w.shownProperty());
        workshop.managedProperty().bind(w.shownProperty());
        VBox box = column("editor.heading.lengths", grid);
        box.getChildren().add(workshop);
        return box;
    }

    private VBox absencesColumn() {
        AbsencesForm form = model.absences();
        absences.setId("editorAbsences");
        absences.setItems(form.absences());
        absences.setCellFactory(l -> BookingPane.cell(form::describe));
        absences.setPlaceholder(new Label(messages.text("calendar.absences.none")));
        absences.setPrefHeight(120);
        absences.setPrefWidth(260);
        absences.setMinWidth(200);
        VBox.setVgrow(absences, Priority.ALWAYS);
        TextField reason = field("editorAbsenceReason", "calendar.absence.reason", form.reasonProperty(), 14);
        reason.setOnAction(e -> form.add());
        VBox box = column("editor.heading.absences", absences,
                fieldWithError("editorAbsenceFrom", "calendar.absence.from", form.fromProperty(),
                        form.fromErrorProperty(), 14),
                fieldWithError("editorAbsenceTo", "calendar.absence.to", form.toProperty(), form.toErrorProperty(), 14),
                reason);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    /** Whose new calendar (F8): shown only while one is being filled in. */
    private VBox openingBox() {
        NewCalendarForm form = model.opening();
        CheckBox workshop = new CheckBox(messages.text("editor.new.workshop"));
        workshop.setId("editorNewWorkshop");
        workshop.selectedProperty().bindBidirectional(form.workshopProperty());
        VBox owner = labelled("editorNewOwner", "editor.new.owner", form.ownerProperty(), form.ownerErrorProperty(), 10);
        VBox name = labelled("editorNewName", "editor.new.name", form.nameProperty(), form.nameErrorProperty(), 16);
        name.visibleProperty().bind(form.workshopProperty());
        name.managedProperty().bind(name.visibleProperty());
        FlowPane fields = new FlowPane(16, 6, workshop, owner, name);
        fields.setAlignment(Pos.CENTER_LEFT);
        // No heading: the title says "new calendar", the keys line says F6 and F5; a 768-line screen has no row to spare.
        VBox box = new VBox(4, fields);
        box.setId("editorNew");
        box.getStyleClass().add("editor-rule");
        box.visibleProperty().bind(model.creatingProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private VBox ruleBox() {
        RuleForm form = model.rule();
        CheckBox withCaseManager = new CheckBox(messages.text("editor.rule.withCaseManager"));
        withCaseManager.setId("editorRuleCaseManager");
        withCaseManager.selectedProperty().bindBidirectional(form.withCaseManagerProperty());
        CheckBox firstFree = new CheckBox(messages.text("editor.rule.firstFree"));
        firstFree.setId("editorRuleFirstFree");
        firstFree.selectedProperty().bindBidirectional(form.firstFreeOtherwiseProperty());
        FlowPane fields = new FlowPane(16, 6,
                labelled("editorRuleAfternoon", "editor.rule.afternoon", form.afternoonFromProperty(),
                        form.afternoonErrorProperty(), 4),
                labelled("editorRuleNotice", "editor.rule.notice", form.noticeProperty(), form.noticeErrorProperty(), 3),
                labelled("editorRuleHorizon", "editor.rule.horizon", form.horizonProperty(), form.horizonErrorProperty(),
                        3),
                withCaseManager, firstFree);
        fields.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, heading("editor.heading.rule"), fields);
        box.getStyleClass().add("editor-rule");
        return box;
    }

    @Override
    public boolean onKey(KeyEvent event) {
        switch (event.getCode()) {
            case F4 -> model.absences().add();
            case F5 -> model.reload();
            case F6 -> model.save();
            case F7 -> model.saveRule();
            case F8 -> {
                model.startNew();
                lookup("#editorNewOwner").requestFocus();
            }
            case DELETE -> {
                if (!absences.isFocused()) {
                    return false;
                }
                model.absences().remove(absences.getSelectionModel().getSelectedItem());
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The keyboard starts on whose calendar. */
    @Override
    public void focus() {
        owner.requestFocus();
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        return grid;
    }

    private VBox column(String headingKey, Node... content) {
        VBox box = new VBox(4, heading(headingKey));
        box.getChildren().addAll(content);
        box.getStyleClass().add("editor-column");
        return box;
    }

    /** A day's error, else its lunch break or "closed", under its field. */
    private static Label beside(String id, ReadOnlyStringProperty error, ReadOnlyStringProperty note) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        l.textProperty().bind(Bindings.when(error.isEmpty()).then(note).otherwise(error));
        Runnable tone = () -> {
            l.getStyleClass().removeAll("field-error", "field-note");
            l.getStyleClass().add(error.get().isEmpty() ? "field-note" : "field-error");
        };
        error.addListener((obs, was, now) -> tone.run());
        tone.run();
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static Label error(String id, ReadOnlyStringProperty error) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        l.textProperty().bind(error);
        l.visibleProperty().bind(error.isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private TextField field(String id, String promptKey, StringProperty value, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(messages.text(promptKey));
        f.textProperty().bindBidirectional(value);
        f.setPrefColumnCount(columns);
        return f;
    }

    private VBox fieldWithError(String id, String promptKey, StringProperty value, ReadOnlyStringProperty error,
                                int columns) {
        return new VBox(2, field(id, promptKey, value, columns), error(id + "Error", error));
    }

    /** A label, its field and, under them, what is wrong with it. */
    private VBox labelled(String id, String labelKey, StringProperty value, ReadOnlyStringProperty error, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.setPrefColumnCount(columns);
        f.setMinWidth(Region.USE_PREF_SIZE);
        Label l = new Label(messages.text(labelKey));
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(f);
        HBox row = new HBox(6, l, f);
        row.setAlignment(Pos.CENTER_LEFT);
        Label e = error(id + "Error", error);
        e.setMaxWidth(320);
        return new VBox(2, row, e);
    }

    /** A label above its field (a narrow column), and under them what is wrong. */
    private VBox stacked(String id, String labelKey, StringProperty value, ReadOnlyStringProperty error, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.setPrefColumnCount(columns);
        f.setMaxWidth(Region.USE_PREF_SIZE);
        Label l = new Label(messages.text(labelKey));
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setLabelFor(f);
        Label e = error(id + "Error", error);
        e.setMaxWidth(240);
        return new VBox(2, l, f, e);
    }

    private Label heading(String key) {
        Label l = new Label(messages.text(key));
        l.getStyleClass().add("sheet-heading");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
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

package org.sportello.operator.agenda;

import java.util.function.Function;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.sportello.model.agenda.AgendaCalendar;
import org.sportello.model.agenda.Appointment;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.operator.ui.Keycaps;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Notice;

/**
 * The booking sheet's view: the citizen's code, what and with whom, the proposed slots (Enter books the one
 * picked), the citizen's appointments with their history (F2 rebooks, F3 cancels, F4 issues and prints the
 * letter), the letter's preview once issued. F5 reads the proposal again.
 */
public final class BookingPane extends VBox {
    private final BookingModel model;
    private final Messages messages;
    private final TextField code = new TextField();
    private final ComboBox<AppointmentKind> kind = new ComboBox<>();
    private final ComboBox<String> with = new ComboBox<>();
    private final TextField day = new TextField();
    private final TextField bring = new TextField();
    private final TextField reason = new TextField();
    private final Label step = new Label();
    private final ListView<BookingModel.Offer> slots = new ListView<>();
    private final ListView<Appointment> history = new ListView<>();
    private final VBox letter = new VBox(4);
    private final Label notice = new Label();

    public BookingPane(BookingModel model) {
        this.model = model;
        this.messages = model.messages();
        getStyleClass().add("booking-pane");

        code.setId("bookingCode");
        code.getStyleClass().add("issue-code");
        code.setPromptText(messages.text("booking.code.prompt"));
        code.textProperty().bindBidirectional(model.codeProperty());
        code.setOnAction(e -> model.find());
        Button find = Keycaps.button(messages.text("booking.key.enter"), messages.text("booking.button.find"));
        find.setFocusTraversable(false);
        find.setOnAction(e -> model.find());
        HBox codeRow = new HBox(10, code, find);
        HBox.setHgrow(code, Priority.ALWAYS);
        codeRow.setAlignment(Pos.CENTER_LEFT);

        kind.setId("bookingKind");
        kind.getItems().setAll(AppointmentKind.values());
        kind.setConverter(converter(messages::name));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setOnAction(e -> repropose());
        with.setId("bookingWith");
        with.setConverter(converter(this::whoText));
        with.getItems().setAll(BookingModel.BY_RULE);
        model.calendars().addListener((javafx.collections.ListChangeListener<AgendaCalendar>) c -> {
            String chosen = with.getValue();
            with.getItems().setAll(BookingModel.BY_RULE);
            model.calendars().forEach(k -> with.getItems().add(k.owner()));
            with.setValue(chosen == null ? BookingModel.BY_RULE : chosen);
        });
        with.valueProperty().bindBidirectional(model.withProperty());
        with.setOnAction(e -> repropose());
        day.setId("bookingDay");
        day.setPromptText(messages.text("booking.day.prompt"));
        day.textProperty().bindBidirectional(model.dayProperty());
        day.setOnAction(e -> model.propose());
        day.setPrefColumnCount(9);
        org.sportello.operator.ui.PromptWidth.whole(day);
        bring.setId("bookingBring");
        bring.setPromptText(messages.text("booking.bring.prompt"));
        bring.textProperty().bindBidirectional(model.bringProperty());
        HBox.setHgrow(bring, Priority.ALWAYS);
        // What to bring gets the rest of the row: the kind and the person are never cut for its sake.
        kind.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        with.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox choices = new HBox(8, field("booking.label.kind", kind), field("booking.label.with", with),
                field("booking.label.day", day), field("booking.label.bring", bring));
        HBox.setHgrow(choices.getChildren().getLast(), Priority.ALWAYS);
        choices.getChildren().getLast().setStyle("-fx-min-width: 120;");
        choices.setAlignment(Pos.BOTTOM_LEFT);

        step.setId("bookingStep");
        step.getStyleClass().add("booking-step");
        step.setWrapText(true);
        step.textProperty().bind(model.stepProperty());
        Label moving = new Label();
        moving.setId("bookingMoving");
        moving.getStyleClass().add("booking-moving");
        moving.setWrapText(true);
        moving.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Appointment a = model.movingProperty().get();
            return a == null ? "" : messages.text("booking.moving", model.describe(a));
        }, model.movingProperty()));
        moving.visibleProperty().bind(model.movingProperty().isNotNull());
        moving.managedProperty().bind(moving.visibleProperty());
        slots.setId("bookingSlots");
        slots.getStyleClass().add("booking-list");
        slots.setItems(model.offers());
        slots.setCellFactory(list -> cell(model::describe));
        slots.setPlaceholder(new Label(messages.text("booking.slots.empty")));
        slots.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.book(slots.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        slots.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.book(slots.getSelectionModel().getSelectedItem());
            }
        });
        model.offers().addListener((javafx.collections.ListChangeListener<BookingModel.Offer>) c -> {
            if (!model.offers().isEmpty()) {
                slots.getSelectionModel().selectFirst();
                slots.scrollTo(0);
            }
        });
        Label slotsTitle = heading("booking.heading.slots");
        VBox left = new VBox(4, slotsTitle, step, moving, slots);
        VBox.setVgrow(slots, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        left.setPrefWidth(420);

        history.setId("bookingHistory");
        history.getStyleClass().add("booking-list");
        history.setItems(model.history());
        history.setCellFactory(list -> cell(model::describe));
        history.setPlaceholder(new Label(messages.text("booking.history.empty")));
        reason.setId("bookingReason");
        reason.setPromptText(messages.text("booking.reason.prompt"));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        VBox right = new VBox(4, heading("booking.heading.history"), history, reason);
        VBox.setVgrow(history, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        right.setPrefWidth(420);

        letter.setId("bookingLetter");
        letter.getStyleClass().add("issue-paper");
        ScrollPane paper = new ScrollPane(letter);
        paper.setId("bookingLetterScroll");
        paper.setFitToWidth(true);
        paper.setPrefWidth(330);
        paper.setMinWidth(260);
        paper.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !model.letterProperty().get().isEmpty(), model.letterProperty()));
        paper.managedProperty().bind(paper.visibleProperty());
        model.letterProperty().addListener((obs, was, pages) -> {
            letter.getChildren().clear();
            for (var page : pages) {
                ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
                view.setPreserveRatio(true);
                view.setFitWidth(300);
                letter.getChildren().add(view);
            }
        });
        HBox body = new HBox(12, left, right, paper);
        VBox.setVgrow(body, Priority.ALWAYS);

        notice.setId("bookingNotice");
        notice.getStyleClass().add("issue-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        model.noticeProperty().addListener((obs, was, now) -> show(now));
        show(model.noticeProperty().get());

        Label citizen = new Label();
        citizen.setId("bookingCitizen");
        citizen.getStyleClass().add("booking-citizen");
        citizen.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.citizenProperty().get() == null ? messages.text("booking.citizen.none")
                        : messages.text("booking.citizen", model.citizenProperty().get().code()),
                model.citizenProperty()));
        getChildren().setAll(codeRow, citizen, choices, body, notice);
        setSpacing(8);
    }

    private void repropose() {
        if (model.citizenProperty().get() != null) {
            model.propose();
        }
    }

    /** The sheet's own keys; true when taken. */
    public boolean onKey(KeyEvent event) {
        Appointment picked = history.getSelectionModel().getSelectedItem();
        switch (event.getCode()) {
            case F2 -> {
                if (model.movingProperty().get() != null) {
                    model.stopRebook();
                } else {
                    model.startRebook(picked);
                    slots.requestFocus();
                }
            }
            case F3 -> model.cancel(picked);
            case F4 -> model.letter(picked);
            case F5 -> model.propose();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Where the operator types next: the slots when the citizen is known, else the code. */
    public void focus() {
        if (model.citizenProperty().get() != null || !model.codeProperty().get().isBlank()) {
            slots.requestFocus();
        } else {
            code.requestFocus();
        }
    }

    private String whoText(String owner) {
        if (owner == null || owner.isEmpty()) {
            return messages.text("booking.with.rule");
        }
        return model.calendars().stream().filter(k -> k.owner().equals(owner)).findFirst()
                .map(k -> k.name() + " (" + k.owner() + ")").orElse(owner);
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

    private Label heading(String key) {
        Label l = new Label(messages.text(key));
        l.getStyleClass().add("sheet-heading");
        return l;
    }

    private VBox field(String key, javafx.scene.Node control) {
        Label l = new Label(messages.text(key));
        l.getStyleClass().add("booking-label");
        l.setLabelFor(control);
        return new VBox(2, l, control);
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    static <T> ListCell<T> cell(Function<T, String> text) {
        ListCell<T> c = new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
        c.setWrapText(true);
        c.setPrefWidth(0);
        return c;
    }
}

package org.sportello.operator.vacancies;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sportello.model.vacancies.Candidate;
import org.sportello.model.vacancies.Contact;
import org.sportello.model.vacancies.ContactOutcome;
import org.sportello.operator.ui.Messages;

/**
 * Matching a vacancy: ranked candidates (ticked ones go on the shortlist), the picked one's explanation, a
 * new contact's outcome and the contact log. Keys: Enter logs the contact, Space ticks, F5 prints the
 * shortlist, F4 goes back to the vacancies.
 */
public final class MatchingPane extends VBox {
    private final MatchingModel model;
    private final Messages messages;
    private final ListView<Candidate> candidates = new ListView<>();
    private Runnable onBack = () -> { };

    public MatchingPane(MatchingModel model) {
        this.model = model;
        this.messages = model.messages();
        getStyleClass().add("match-pane");
        setSpacing(10);

        Label heading = new Label();
        heading.setId("matchHeading");
        heading.getStyleClass().add("match-heading");
        heading.setWrapText(true);
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        model.vacancyProperty().addListener((obs, was, v) -> heading.setText(v == null ? ""
                : messages.text("match.heading", v.title(), v.employerName(), v.reference())));

        candidates.setId("matchCandidates");
        candidates.setItems(model.candidates());
        candidates.setPlaceholder(new Label(messages.text("match.none")));
        candidates.setCellFactory(v -> new ListCell<>() {
            private final CheckBox tick = new CheckBox();

            @Override
            protected void updateItem(Candidate item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                tick.setSelected(model.chosen().contains(item.codiceFiscale()));
                tick.setOnAction(e -> model.toggle(item));
                tick.setFocusTraversable(false);
                setGraphic(tick);
                setText(model.line(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        model.chosen().addListener((javafx.collections.SetChangeListener<String>) c -> candidates.refresh());
        candidates.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.pickedProperty().set(now);
            }
        });
        model.pickedProperty().addListener((obs, was, now) -> {
            if (now != null && candidates.getSelectionModel().getSelectedItem() != now) {
                candidates.getSelectionModel().select(now);
            }
        });
        candidates.setMinWidth(180);
        candidates.setPrefWidth(280);
        VBox left = new VBox(6, Views.heading(messages, "match.label.candidates"), candidates);
        VBox.setVgrow(candidates, Priority.ALWAYS);
        left.setMinWidth(180);
        left.setPrefWidth(280);
        left.setMaxWidth(380);

        ListView<String> why = new ListView<>(model.explanation());
        why.setId("matchExplanation");
        why.setFocusTraversable(false);
        why.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
                getStyleClass().removeAll("reason-met", "reason-missing");
                if (!empty && item != null) {
                    getStyleClass().add(item.startsWith(messages.text("match.mark.met", "").strip())
                            ? "reason-met" : "reason-missing");
                }
            }
        });
        why.setPrefHeight(200);

        ComboBox<ContactOutcome> outcome = new ComboBox<>();
        outcome.setId("matchOutcome");
        outcome.getItems().setAll(ContactOutcome.values());
        outcome.setConverter(Views.converter(model::outcomeName));
        outcome.valueProperty().bindBidirectional(model.outcomeProperty());
        CheckBox share = new CheckBox(messages.text("match.label.share"));
        share.setId("matchShare");
        share.setWrapText(true);
        share.selectedProperty().bindBidirectional(model.shareContactProperty());
        TextField note = Views.field("matchNote", model.noteProperty());
        note.setPromptText(messages.text("match.prompt.note"));
        Button log = Views.button(messages, "matchLogButton", messages.text("file.key.enter"), "match.button.log",
                model::logContact);
        log.getStyleClass().add("primary");
        log.disableProperty().bind(model.busyProperty().or(model.pickedProperty().isNull()));
        log.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        outcome.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox contactRow = new HBox(8, outcome, note, log);
        contactRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(note, Priority.ALWAYS);

        ListView<Contact> log2 = new ListView<>(model.contacts());
        log2.setId("matchContacts");
        log2.setFocusTraversable(false);
        log2.setPlaceholder(new Label(messages.text("match.noContacts")));
        log2.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Contact item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.line(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        log2.setPrefHeight(140);
        // No contact yet: one quiet line, not a big empty framed box under the heading.
        Label noContacts = new Label(messages.text("match.noContacts"));
        noContacts.setId("matchNoContacts");
        noContacts.getStyleClass().add("match-none");
        noContacts.setWrapText(true);
        noContacts.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.contacts()));
        noContacts.managedProperty().bind(noContacts.visibleProperty());
        log2.visibleProperty().bind(noContacts.visibleProperty().not());
        log2.managedProperty().bind(log2.visibleProperty());

        VBox right = new VBox(6, Views.heading(messages, "match.label.explanation"), why,
                Views.heading(messages, "match.label.contact"), contactRow, share,
                Views.heading(messages, "match.label.log"), noContacts, log2);
        VBox.setVgrow(why, Priority.ALWAYS);
        VBox.setVgrow(log2, Priority.SOMETIMES);
        right.setMinWidth(0);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox body = new HBox(14, left, right);
        VBox.setVgrow(body, Priority.ALWAYS);

        Label notice = Views.noticeLine("matchNotice", model.noticeProperty());
        Button back = Views.button(messages, "matchBackButton", "F4", "match.button.back", () -> onBack.run());
        Button print = Views.button(messages, "matchPrintButton", "F5", "match.button.print", model::printShortlist);
        print.disableProperty().bind(model.busyProperty());
        Label chosen = new Label();
        chosen.setId("matchChosen");
        model.chosen().addListener((javafx.collections.SetChangeListener<String>) c ->
                chosen.setText(messages.text("match.chosen", model.chosen().size())));
        chosen.setText(messages.text("match.chosen", 0));
        HBox buttons = new HBox(10, back, print, chosen);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(heading, body, notice, buttons);
        setMinWidth(0);
    }

    public void onBack(Runnable action) {
        this.onBack = action;
    }

    public boolean onKey(KeyEvent e) {
        switch (e.getCode()) {
            case F4 -> onBack.run();
            case F5 -> model.printShortlist();
            case SPACE -> {
                if (!(e.getTarget() instanceof ListView<?>)) {
                    return false;
                }
                Candidate c = model.pickedProperty().get();
                if (c != null) {
                    model.toggle(c);
                }
            }
            case ENTER -> {
                if (e.getTarget() instanceof ComboBox<?>) {
                    return false;
                }
                model.logContact();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    public void focus() {
        candidates.requestFocus();
    }
}

package org.sportello.operator.cases;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sportello.model.cases.DidChannel;
import org.sportello.model.cases.MeasureKind;
import org.sportello.model.cases.Party;
import org.sportello.operator.ui.Choices;
import org.sportello.operator.ui.Keycaps;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.SheetPane;
import org.sportello.operator.ui.NoticeLine;
import org.sportello.operator.ui.RowsHigh;

/**
 * The case sheet's view: the codice fiscale line, the person, the derived employment status (never typed),
 * the case manager with the key that takes the case, and three tabs: the DID and its history, the pact's
 * measures, the contact plan's deadlines. Keys: Enter opens, F5 takes charge (or assigns), F6 records a
 * DID, F7 withdraws it, F8 adds a measure, F9 marks the chosen measure done or not.
 */
public final class CasePane extends VBox implements SheetPane {
    private final CaseModel model;
    private final Messages messages;
    private final TextField search = new TextField();
    private final TabPane tabs = new TabPane();
    private final ListView<MeasureRow> measures = new ListView<>();

    public CasePane(CaseModel model) {
        this.model = model;
        this.messages = model.messages();
        getStyleClass().add("case-pane");

        search.setId("caseSearch");
        search.getStyleClass().add("file-search");
        search.setPromptText(messages.text("case.search.prompt"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnAction(e -> model.find());
        Button find = button("caseFind", messages.text("file.key.enter"), "case.button.open", model::find);
        HBox searchRow = new HBox(10, search, find);
        HBox.setHgrow(search, Priority.ALWAYS);
        searchRow.setAlignment(Pos.CENTER_LEFT);

        Label header = line("caseHeader", "file-header", model.headerProperty());
        Label status = line("caseStatus", "file-area", model.statusProperty());
        model.statusToneProperty().addListener(o -> tone(status));
        tone(status);

        Label manager = line("caseManager", "case-line", model.managerProperty());
        HBox.setHgrow(manager, Priority.ALWAYS);
        TextField assignTo = new TextField();
        assignTo.setId("caseAssignTo");
        assignTo.setPromptText(messages.text("case.assign.prompt"));
        org.sportello.operator.ui.PromptWidth.whole(assignTo);
        assignTo.textProperty().bindBidirectional(model.assignToProperty());
        assignTo.setPrefColumnCount(12);
        // Only a supervisor gives a case to someone else; an operator takes it themselves.
        assignTo.setVisible(model.supervisor());
        assignTo.setManaged(model.supervisor());
        Button assign = button("caseAssign", "F5",
                model.supervisor() ? "case.button.assign" : "case.button.take", model::assign);
        HBox managerRow = new HBox(10, manager, assignTo, assign);
        managerRow.setAlignment(Pos.CENTER_LEFT);

        tabs.setId("caseTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(new Tab(messages.text("case.tab.did"), didTab()),
                new Tab(messages.text("case.tab.pact"), pactTab()),
                new Tab(messages.text("case.tab.plan"), planTab()),
                new Tab(messages.text("case.tab.appointments"), appointmentsTab()),
                new Tab(messages.text("case.tab.stamps"), stampsTab()));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        // Nothing to act on until a case is open.
        var noCase = model.viewProperty().isNull();
        tabs.disableProperty().bind(noCase);
        managerRow.disableProperty().bind(noCase.or(model.busyProperty()));

        getChildren().addAll(searchRow, header, status, managerRow, tabs,
                new NoticeLine("caseNotice", model.noticeProperty()));
        setMinWidth(0);
    }

    // ------------------------------------------------------------------ the DID

    private Node didTab() {
        Label current = line("caseDid", "case-line", model.didProperty());
        Label title = heading("case.did.history");
        ListView<String> history = new ListView<>(model.didHistory());
        history.setId("caseDidHistory");
        // As high as its DIDs: the form to record one sits right under the last, not under an empty box.
        RowsHigh.fit(history, messages.text("case.did.history.none"), 8, line -> line);
        history.setFocusTraversable(false);
        VBox.setVgrow(history, Priority.SOMETIMES);
        TextField on = dateField("caseDidOn", model.didOnProperty());
        ComboBox<DidChannel> channel = new ComboBox<>();
        channel.setId("caseDidChannel");
        channel.getItems().setAll(DidChannel.values());
        channel.setConverter(Choices.converter(model::channelName));
        channel.valueProperty().bindBidirectional(model.didChannelProperty());
        channel.setMinWidth(Region.USE_PREF_SIZE);
        Button declare = button("caseDeclareDid", "F6", "case.button.declare", model::declareDid);
        declare.getStyleClass().add("primary");
        Button withdraw = button("caseWithdrawDid", "F7", "case.button.withdraw", model::withdrawDid);
        HBox form = new HBox(10, label("case.label.didOn"), on, label("case.label.channel"), channel, declare,
                withdraw);
        form.setAlignment(Pos.CENTER_LEFT);
        form.disableProperty().bind(model.busyProperty());
        Label hint = new Label(messages.text("case.did.hint"));
        hint.getStyleClass().add("case-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return tab(current, title, history, form, hint);
    }

    // ------------------------------------------------------------------ missed and moved appointments (issue 13)

    private Node appointmentsTab() {
        Label title = heading("case.appointments.title");
        ListView<String> list = new ListView<>(model.appointments());
        list.setId("caseAppointments");
        list.setFocusTraversable(false);
        // As high as its lines (a dismissed one wraps to show its reason), not a tall empty box.
        RowsHigh.fit(list, messages.text("case.appointments.none"), 8, line -> line);
        Label hint = new Label(messages.text("case.appointments.hint"));
        hint.setId("caseAppointmentsHint");
        hint.getStyleClass().add("case-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        if (!model.supervisor()) {
            return tab(title, list, hint);
        }
        // Supervisors: one the citizen no longer needs is dismissed with a reason (ADR 40), never deleted.
        ListView<org.sportello.model.agenda.MovedAppointment> waiting = new ListView<>(model.toRebook());
        waiting.setId("caseToRebook");
        waiting.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(org.sportello.model.agenda.MovedAppointment item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item));
            }
        });
        waiting.setPrefHeight(72);
        TextField reason = new TextField();
        reason.setId("caseDismissReason");
        reason.setPromptText(messages.text("case.dismiss.reason"));
        reason.textProperty().bindBidirectional(model.dismissReasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button dismiss = new Button(messages.text("case.button.dismiss"));
        dismiss.setId("caseDismiss");
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.disableProperty().bind(waiting.getSelectionModel().selectedItemProperty().isNull());
        dismiss.setOnAction(e -> model.dismiss(waiting.getSelectionModel().getSelectedItem()));
        HBox row = new HBox(8, reason, dismiss);
        VBox box = new VBox(4, heading("case.toRebook.title"), waiting, row);
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.toRebook()));
        box.managedProperty().bind(box.visibleProperty());
        return tab(title, list, box, hint);
    }

    // ------------------------------------------------------------------ attendance stamps (ADR 35)

    private Node stampsTab() {
        Label title = heading("case.stamps.title");
        ListView<String> list = new ListView<>(model.stamps());
        list.setId("caseStamps");
        list.setFocusTraversable(false);
        RowsHigh.fit(list, messages.text("case.stamps.none"), 8, line -> line);
        Label hint = new Label(messages.text("case.stamps.hint"));
        hint.getStyleClass().add("case-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return tab(title, list, hint);
    }

    // ------------------------------------------------------------------ the pact's measures

    private Node pactTab() {
        Label pact = line("casePact", "case-line", model.pactProperty());
        measures.setId("caseMeasures");
        measures.setItems(model.measures());
        measures.setCellFactory(list -> new MeasureCell());
        measures.setPrefHeight(150);
        measures.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                toggleSelected();
            }
        });
        VBox.setVgrow(measures, Priority.ALWAYS);
        Button toggle = button("caseToggleMeasure", "F9", "case.button.toggle", this::toggleSelected);
        toggle.disableProperty().bind(measures.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));
        HBox listKeys = new HBox(10, toggle);

        ComboBox<MeasureKind> kind = new ComboBox<>();
        kind.setId("caseMeasureKind");
        kind.getItems().setAll(MeasureKind.values());
        kind.setConverter(Choices.converter(model::kindName));
        kind.valueProperty().bindBidirectional(model.measureKindProperty());
        kind.setMinWidth(Region.USE_PREF_SIZE);
        TextField on = dateField("caseMeasureOn", model.measureOnProperty());
        ComboBox<Party> who = new ComboBox<>();
        who.setId("caseMeasureWho");
        who.getItems().setAll(Party.values());
        who.setConverter(Choices.converter(model::partyName));
        who.valueProperty().bindBidirectional(model.measureWhoProperty());
        who.setMinWidth(Region.USE_PREF_SIZE);
        TextField what = new TextField();
        what.setId("caseMeasureWhat");
        what.setPromptText(messages.text("case.measure.whatPrompt"));
        what.textProperty().bindBidirectional(model.measureWhatProperty());
        what.setMinWidth(80);
        HBox.setHgrow(what, Priority.ALWAYS);
        Button add = button("caseAddMeasure", "F8", "case.button.add", model::addMeasure);
        add.getStyleClass().add("primary");
        HBox first = new HBox(10, label("case.label.measureKind"), kind, label("case.label.measureOn"), on,
                label("case.label.measureWho"), who);
        first.setAlignment(Pos.CENTER_LEFT);
        HBox second = new HBox(10, label("case.label.measureWhat"), what, add);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox form = new VBox(6, heading("case.measure.new"), first, second);
        form.disableProperty().bind(model.busyProperty());
        return tab(pact, measures, listKeys, form);
    }

    private void toggleSelected() {
        model.toggle(measures.getSelectionModel().getSelectedItem());
    }

    private final class MeasureCell extends ListCell<MeasureRow> {
        MeasureCell() {
            setWrapText(true);
            // Wraps inside the list's width instead of widening it.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(MeasureRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("measure-done", "measure-overdue");
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(item.text());
            if (item.done()) {
                getStyleClass().add("measure-done");
            } else if (item.overdue()) {
                getStyleClass().add("measure-overdue");
            }
        }
    }

    // ------------------------------------------------------------------ the contact plan

    private Node planTab() {
        Label talks = line("caseTalks", "case-line", model.talksProperty());
        Label offer = line("caseFirstOffer", "case-line", model.firstOfferProperty());
        offer.visibleProperty().bind(model.firstOfferProperty().isNotEmpty());
        offer.managedProperty().bind(offer.visibleProperty());
        ListView<String> overdue = list("caseOverdue", model.overdue());
        overdue.getStyleClass().add("case-overdue");
        ListView<String> upcoming = list("caseUpcoming", model.upcoming());
        VBox late = new VBox(4, heading("case.plan.overdue"), overdue);
        VBox next = new VBox(4, heading("case.plan.upcoming"), upcoming);
        HBox.setHgrow(late, Priority.ALWAYS);
        HBox.setHgrow(next, Priority.ALWAYS);
        late.setPrefWidth(100);
        next.setPrefWidth(100);
        VBox.setVgrow(overdue, Priority.ALWAYS);
        VBox.setVgrow(upcoming, Priority.ALWAYS);
        HBox lists = new HBox(12, late, next);
        VBox.setVgrow(lists, Priority.ALWAYS);
        Label empty = new Label();
        empty.textProperty().bind(Bindings.when(Bindings.isEmpty(model.overdue()))
                .then(messages.text("case.plan.nothingOverdue")).otherwise(""));
        empty.getStyleClass().add("case-hint");
        empty.visibleProperty().bind(empty.textProperty().isNotEmpty().and(model.viewProperty().isNotNull()));
        empty.managedProperty().bind(empty.visibleProperty());
        return tab(talks, offer, empty, lists);
    }

    // ------------------------------------------------------------------ keys and pieces

    /** Keys while the sheet is open; true when they were for it. */
    @Override
    public boolean onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        switch (code) {
            case F5 -> model.assign();
            case F6 -> {
                tabs.getSelectionModel().select(0);
                model.declareDid();
            }
            case F7 -> {
                tabs.getSelectionModel().select(0);
                model.withdrawDid();
            }
            case F8 -> {
                tabs.getSelectionModel().select(1);
                model.addMeasure();
            }
            case F9 -> {
                tabs.getSelectionModel().select(1);
                toggleSelected();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public void focus() {
        search.requestFocus();
        search.end();
    }

    private void tone(Label status) {
        status.getStyleClass().removeAll("tone-good", "tone-warn", "tone-neutral");
        status.getStyleClass().add(switch (model.statusToneProperty().get()) {
            case GOOD -> "tone-good";
            case WARN -> "tone-warn";
            case NEUTRAL -> "tone-neutral";
        });
    }

    private static VBox tab(Node... children) {
        VBox box = new VBox(8, children);
        box.getStyleClass().add("case-tab");
        return box;
    }

    private Label heading(String key) {
        Label l = new Label(messages.text(key));
        l.getStyleClass().add("sheet-heading");
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private Label label(String key) {
        Label l = new Label(messages.text(key));
        l.getStyleClass().add("form-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label line(String id, String style, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.textProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static ListView<String> list(String id, javafx.collections.ObservableList<String> items) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.setFocusTraversable(false);
        list.setPrefHeight(140);
        list.setCellFactory(l -> {
            ListCell<String> cell = Choices.cell(s -> s);
            cell.setWrapText(true);
            cell.setPrefWidth(0);
            return cell;
        });
        return list;
    }

    private TextField dateField(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(messages.text("comm.datePrompt"));
        f.textProperty().bindBidirectional(value);
        f.setPrefColumnCount(7);
        f.setMinWidth(Region.USE_PREF_SIZE);
        return f;
    }

    private Button button(String id, String key, String textKey, Runnable action) {
        Button b = Keycaps.action(id, key, messages.text(textKey), action);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}

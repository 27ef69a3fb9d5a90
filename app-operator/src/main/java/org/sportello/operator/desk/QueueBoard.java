package org.sportello.operator.desk;

import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sportello.model.office.CounterState;
import org.sportello.operator.ui.Messages;

/** The office around the desk: every service's line and every counter, refreshed by the ViewModel. */
final class QueueBoard extends VBox {
    private final DeskViewModel model;
    private final Messages messages;
    private final GridPane services = table("servicesTable");
    private final GridPane counters = table("countersTable");

    QueueBoard(DeskViewModel model) {
        this.model = model;
        this.messages = model.messages();
        getStyleClass().add("queue-board");
        services.getColumnConstraints().addAll(growing(), fixed(), fixed(), fixed(), fixed());
        counters.getColumnConstraints().addAll(fixed(), fixed(), growing(), fixed());
        getChildren().addAll(title("desk.queue"), services, title("desk.counters"), counters);
        model.serviceRows().addListener((ListChangeListener<ServiceRow>) c -> drawServices());
        model.counterRows().addListener((ListChangeListener<CounterRow>) c -> drawCounters());
        drawServices();
        drawCounters();
    }

    private void drawServices() {
        services.getChildren().clear();
        services.addRow(0, head("col.service", false), head("col.waiting", true), head("col.priority", true),
                head("col.longest", true), head("col.served", true));
        int r = 1;
        for (ServiceRow row : model.serviceRows()) {
            Label name = cell(row.prefix() + "  " + row.name(), false);
            name.getStyleClass().add("service-name");
            Label waiting = cell(Integer.toString(row.waiting()), true);
            waiting.getStyleClass().add("count");
            Label priority = cell(row.priorityWaiting() == 0 ? "–" : Integer.toString(row.priorityWaiting()), true);
            if (row.priorityWaiting() > 0) {
                priority.getStyleClass().add("priority-count");
            }
            Label longest = cell(row.waiting() == 0 ? "–" : WaitText.format(row.longestWait(), messages), true);
            if (row.overTarget()) {
                longest.getStyleClass().add("over-target");
            }
            Label served = cell(Integer.toString(row.servedToday()), true);
            services.addRow(r, name, waiting, priority, longest, served);
            for (Label l : new Label[] {name, waiting, priority, longest, served}) {
                l.getStyleClass().add(r % 2 == 0 ? "even" : "odd");
                if (row.servedHere()) {
                    l.getStyleClass().add("served-here");
                }
            }
            name.setId("service-" + row.prefix());
            waiting.setId("waiting-" + row.prefix());
            r++;
        }
    }

    private void drawCounters() {
        counters.getChildren().clear();
        counters.addRow(0, head("col.counter", false), head("col.state", false), head("col.operator", false),
                head("col.ticket", false));
        int r = 1;
        for (CounterRow row : model.counterRows()) {
            Label number = cell(row.mine() ? row.number() + " " + messages.text("desk.mine")
                    : Integer.toString(row.number()), false);
            String stateText = messages.name(row.state());
            if (row.state() == CounterState.PAUSED && row.pauseReason() != null) {
                stateText += " · " + row.pauseReason();
            }
            Label state = cell(stateText, false);
            state.getStyleClass().add("state-" + row.state().name().toLowerCase(java.util.Locale.ROOT));
            Label operator = cell(row.operatorName() == null ? "–" : row.operatorName(), false);
            Label ticket = cell(row.ticketCode() == null ? "–" : row.ticketCode(), false);
            ticket.getStyleClass().add("counter-ticket");
            counters.addRow(r, number, state, operator, ticket);
            for (Label l : new Label[] {number, state, operator, ticket}) {
                l.getStyleClass().add(r % 2 == 0 ? "even" : "odd");
                if (row.mine()) {
                    l.getStyleClass().add("mine");
                }
            }
            ticket.setId("counterTicket-" + row.number());
            r++;
        }
    }

    private Label title(String key) {
        Label l = new Label();
        l.textProperty().bind(messages.bind(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private Label head(String key, boolean number) {
        Label l = cell(messages.text(key), number);
        l.getStyleClass().add("head");
        return l;
    }

    private static Label cell(String text, boolean number) {
        Label l = new Label(text);
        l.getStyleClass().add("cell");
        l.setMaxWidth(Double.MAX_VALUE);
        if (number) {
            l.getStyleClass().add("number");
            GridPane.setHalignment(l, HPos.RIGHT);
        }
        return l;
    }

    private static GridPane table(String id) {
        GridPane g = new GridPane();
        g.setId(id);
        g.getStyleClass().add("board-table");
        return g;
    }

    private static ColumnConstraints growing() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        return c;
    }

    private static ColumnConstraints fixed() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.NEVER);
        c.setFillWidth(true);
        return c;
    }
}

package org.sportello.operator.desk;

import javafx.collections.ListChangeListener;
import java.time.format.DateTimeFormatter;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.sportello.model.office.CounterState;
import org.sportello.operator.ui.Messages;

/** The office around the desk: every service's line and every counter, refreshed by the ViewModel. */
final class QueueBoard extends VBox {
    private final DeskViewModel model;
    private final Messages messages;
    private final GridPane services = table("servicesTable");
    private final GridPane counters = table("countersTable");
    /**
     * Lines that do not fit whole are not drawn: half a line reads as a glitch. With no line whole (a
     * supervisor's desk on a 768-px-high screen) the heading goes too: alone it labelled the keys below it.
     */
    private final VBox activityRows = new VBox() {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            double bottom = getHeight() - snappedBottomInset();
            boolean any = false;
            for (javafx.scene.Node line : getChildren()) {
                boolean whole = line.getBoundsInParent().getMaxY() <= bottom + 0.5;
                line.setVisible(whole);
                any |= whole;
            }
            if (getParent() != null) {
                getParent().setVisible(any);
            }
        }
    };
    static final double COMPACT_WIDTH = 500;
    private boolean compact;

    QueueBoard(DeskViewModel model) {
        this.model = model;
        this.messages = model.messages();
        getStyleClass().add("queue-board");
        // Narrower than this (a 1024-wide window), the secondary columns (priority, served today) give
        // way, so the service names and the counts that matter keep their room.
        widthProperty().addListener((obs, was, now) -> {
            boolean narrow = now.doubleValue() > 0 && now.doubleValue() < COMPACT_WIDTH;
            if (narrow != compact) {
                compact = narrow;
                drawServices();
            }
        });
        counters.getColumnConstraints().addAll(fixed(92), growing(), growing(), fixed(80));
        activityRows.getStyleClass().add("activity");
        activityRows.setId("activity");
        // Older lines fall off the bottom instead of running into the status bar.
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(activityRows.widthProperty());
        clip.heightProperty().bind(activityRows.heightProperty());
        activityRows.setClip(clip);
        activityRows.setMinHeight(0);
        VBox.setVgrow(activityRows, Priority.ALWAYS);
        getChildren().addAll(title("desk.queue"), services, title("desk.counters"), counters);
        // When the column is short (the supervisor's box is taller), the recent-activity list gives way:
        // the tables keep their wrapped headers and whole service names.
        services.setMinHeight(Region.USE_PREF_SIZE);
        counters.setMinHeight(Region.USE_PREF_SIZE);
        setMinHeight(Region.USE_PREF_SIZE);
        model.board().serviceRows().addListener((ListChangeListener<ServiceRow>) c -> drawServices());
        model.board().counterRows().addListener((ListChangeListener<CounterRow>) c -> drawCounters());
        model.board().activity().addListener((ListChangeListener<ActivityRow>) c -> drawActivity());
        drawServices();
        drawCounters();
        drawActivity();
    }

    /** The recent-activity list; the desk places it where there is room. */
    VBox activityBox() {
        VBox box = new VBox(title("desk.activity"), activityRows);
        box.getStyleClass().add("activity-box");
        box.setId("activityBox");
        box.setMinHeight(0);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private void drawActivity() {
        activityRows.getChildren().clear();
        if (model.board().activity().isEmpty()) {
            Label none = new Label(messages.text("desk.noActivity"));
            none.getStyleClass().add("activity-text");
            activityRows.getChildren().add(none);
            return;
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern(messages.text("time.pattern"), messages.locale());
        for (ActivityRow row : model.board().activity()) {
            Label at = new Label(time.format(row.at().atZone(model.session().office().zone())));
            at.getStyleClass().add("activity-time");
            at.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(messages.text("event." + row.type().name(),
                    row.ticketCode() == null ? "" : row.ticketCode(),
                    row.counterNumber() == null ? "" : row.counterNumber().toString()));
            what.getStyleClass().add("activity-text");
            if (row.counterNumber() != null && row.counterNumber() == model.session().counter().number()) {
                what.getStyleClass().add("mine");
            }
            HBox line = new HBox(10, at, what);
            line.getStyleClass().add("activity-line");
            activityRows.getChildren().add(line);
        }
    }

    private void drawServices() {
        services.getChildren().clear();
        // The priority and served columns hold the widest word of their heading ("Priority", "Served" in bold
        // 12 px, plus the cell's padding): narrower, the word broke across lines ("Priori / ty").
        services.getColumnConstraints().setAll(compact
                ? java.util.List.of(growing(), fixed(64), fixed(80))
                : java.util.List.of(growing(), fixed(64), fixed(70), fixed(80), fixed(70)));
        if (compact) {
            services.addRow(0, head("col.service", false), head("col.waiting", true), head("col.longest", true));
        } else {
            services.addRow(0, head("col.service", false), head("col.waiting", true), head("col.priority", true),
                    head("col.longest", true), head("col.served", true));
        }
        services.getChildren().forEach(n -> ((Label) n).setWrapText(true));
        int r = 1;
        for (ServiceRow row : model.board().serviceRows()) {
            Label name = cell(row.prefix() + "  " + row.name(), false);
            name.getStyleClass().add("service-name");
            // A long name (in bold at its own counters) takes a second line rather than an ellipsis.
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
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
            Label[] cells = compact ? new Label[] {name, waiting, longest}
                    : new Label[] {name, waiting, priority, longest, served};
            services.addRow(r, cells);
            for (Label l : cells) {
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
        for (CounterRow row : model.board().counterRows()) {
            Label number = cell(row.mine() ? row.number() + " " + messages.text("desk.mine")
                    : Integer.toString(row.number()), false);
            number.setMinWidth(Region.USE_PREF_SIZE);
            Label state = cell(messages.name(row.state()), false);
            if (row.state() == CounterState.PAUSED && row.pauseReason() != null) {
                // The reason is there for whoever wants it; the column stays short and readable.
                state.setTooltip(new Tooltip(row.pauseReason()));
            }
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
        // Narrow number columns: their headings take two lines rather than an ellipsis.
        l.setMaxHeight(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        GridPane.setValignment(l, VPos.BOTTOM);
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
        c.setMinWidth(40);
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        return c;
    }

    private static ColumnConstraints fixed(double width) {
        ColumnConstraints c = new ColumnConstraints(width, width, width);
        c.setHgrow(Priority.NEVER);
        c.setFillWidth(true);
        return c;
    }
}

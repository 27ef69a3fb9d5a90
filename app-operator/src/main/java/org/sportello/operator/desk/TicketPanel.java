package org.sportello.operator.desk;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sportello.model.office.CounterState;
import org.sportello.operator.ui.Messages;

/**
 * The ticket at the counter, big enough to read from the citizen's side of the desk; when nobody is
 * there, what the counter is doing instead (idle, paused, closed).
 */
final class TicketPanel extends VBox {
    private static final String[] MODES = {"serving", "idle", "paused", "closed"};
    private final DeskViewModel model;
    private final Messages messages;
    private final Label caption = new Label();
    private final Label status = new Label();
    private final Label code = new Label();
    private final Label service = new Label();
    private final Label hint = new Label();
    private final Label priority = fact();
    private final Label waited = fact();
    private final Label atCounter = fact();
    private final Label recalls = fact();
    private final HBox facts;

    TicketPanel(DeskViewModel model) {
        this.model = model;
        this.messages = model.messages();
        getStyleClass().add("ticket-panel");
        setId("ticketPanel");
        caption.getStyleClass().add("ticket-caption");
        status.getStyleClass().add("ticket-status");
        status.setId("currentStatus");
        code.getStyleClass().add("ticket-code");
        code.setId("currentCode");
        code.setMinHeight(Region.USE_PREF_SIZE);
        service.getStyleClass().add("ticket-service");
        service.setId("currentService");
        hint.getStyleClass().add("ticket-hint");
        hint.setId("currentHint");
        hint.setWrapText(true);
        priority.setId("currentPriority");
        waited.setId("currentWaited");
        atCounter.setId("currentAtCounter");
        recalls.setId("currentRecalls");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(caption, spacer, status);
        facts = new HBox(box("desk.priority", priority), box("desk.waited", waited),
                box("desk.atCounter", atCounter), box("desk.recalls", recalls));
        facts.getStyleClass().add("ticket-facts");
        getChildren().addAll(top, code, service, hint, facts);

        InvalidationListener redraw = this::redraw;
        model.cardProperty().addListener(redraw);
        model.counterStateProperty().addListener(redraw);
        model.pauseReasonProperty().addListener(redraw);
        model.waitingHereProperty().addListener(redraw);
        messages.localeProperty().addListener(redraw);
        redraw(null);
    }

    private void redraw(Observable ignored) {
        TicketCard card = model.cardProperty().get();
        CounterState state = model.counterStateProperty().get();
        String mode = card != null ? "serving" : switch (state) {
            case OPEN -> "idle";
            case PAUSED -> "paused";
            case CLOSED -> "closed";
        };
        getStyleClass().removeAll(MODES);
        getStyleClass().add(mode);
        status.setText(messages.text("status.state", messages.name(state)));
        boolean serving = card != null;
        facts.setVisible(serving);
        facts.setManaged(serving);
        service.setVisible(serving);
        service.setManaged(serving);
        if (serving) {
            caption.setText(messages.text("desk.serving") + " · " + messages.name(card.status()));
            code.setText(card.code());
            service.setText(card.serviceName());
            priority.setText(messages.name(card.priority()));
            priority.getStyleClass().removeAll("priority");
            if (card.priority().isPriority()) {
                priority.getStyleClass().add("priority");
            }
            waited.setText(WaitText.format(card.waited(), messages));
            atCounter.setText(WaitText.format(card.atCounter(), messages));
            recalls.setText(Integer.toString(card.recalls()));
            hint.setText(state == CounterState.PAUSED
                    ? messages.text("desk.pausedHint", model.pauseReasonProperty().get(), DeskAction.PAUSE.key())
                    : "");
        } else {
            code.setText("—");
            switch (state) {
                case OPEN -> {
                    caption.setText(messages.text("desk.idle"));
                    hint.setText(messages.text("desk.idleHint", DeskAction.CALL_NEXT.key()) + "\n"
                            + messages.text("desk.waitingHere", model.waitingHereProperty().get()));
                }
                case PAUSED -> {
                    caption.setText(messages.text("desk.paused"));
                    hint.setText(messages.text("desk.pausedHint", model.pauseReasonProperty().get(),
                            DeskAction.PAUSE.key()));
                }
                case CLOSED -> {
                    caption.setText(messages.text("desk.closed"));
                    hint.setText(messages.text("desk.closedHint", DeskAction.LOG_OUT.key()));
                }
            }
        }
        hint.setVisible(!hint.getText().isEmpty());
        hint.setManaged(hint.isVisible());
    }

    private static Label fact() {
        Label l = new Label();
        l.getStyleClass().add("fact-value");
        return l;
    }

    private VBox box(String captionKey, Label value) {
        Label c = new Label();
        c.textProperty().bind(messages.bind(captionKey));
        c.getStyleClass().add("fact-caption");
        VBox b = new VBox(c, value);
        b.getStyleClass().add("fact");
        HBox.setHgrow(b, Priority.ALWAYS);
        return b;
    }
}

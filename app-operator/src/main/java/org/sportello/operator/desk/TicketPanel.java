package org.sportello.operator.desk;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sportello.model.office.CounterState;
import org.sportello.model.offers.JobOffer;
import org.sportello.operator.ui.Keycaps;
import org.sportello.operator.ui.Messages;

/**
 * The ticket at the counter, big enough to read from the citizen's side of the desk; when nobody is
 * there, what the counter is doing instead: how many wait for it, or why it is paused or closed.
 */
final class TicketPanel extends VBox {
    private static final String[] MODES = {"serving", "idle", "paused", "closed"};
    private final DeskViewModel model;
    private final Messages messages;
    private final Label caption = new Label();
    private final Label status = new Label();
    private final Label code = new Label();
    private final Label service = new Label();
    private final Label servingHint = new Label();
    private final Label priority = fact();
    private final Label waited = fact();
    private final Label atCounter = fact();
    private final Label recalls = fact();
    private final Label bigNumber = new Label();
    private final Label bigText = new Label();
    private final Label keyHint = new Label();
    private final Label keyCap = Keycaps.cap("");
    private final Label citizen = new Label();
    private final Label offers = new Label();
    private final VBox servingBox;
    private final VBox otherBox;

    TicketPanel(DeskViewModel model) {
        this.model = model;
        this.messages = model.messages();
        getStyleClass().add("ticket-panel");
        setId("ticketPanel");
        caption.getStyleClass().add("ticket-caption");
        caption.setId("currentCaption");
        status.getStyleClass().add("ticket-status");
        status.setId("currentStatus");
        code.getStyleClass().add("ticket-code");
        code.setId("currentCode");
        code.setMinHeight(Region.USE_PREF_SIZE);
        service.getStyleClass().add("ticket-service");
        service.setId("currentService");
        servingHint.getStyleClass().add("ticket-serving-hint");
        servingHint.setWrapText(true);
        priority.setId("currentPriority");
        waited.setId("currentWaited");
        atCounter.setId("currentAtCounter");
        recalls.setId("currentRecalls");
        bigNumber.getStyleClass().add("ticket-big-number");
        bigNumber.setId("waitingHere");
        bigNumber.setMinWidth(Region.USE_PREF_SIZE);
        bigText.getStyleClass().add("ticket-big-text");
        bigText.setId("currentDetail");
        bigText.setWrapText(true);
        keyHint.getStyleClass().add("ticket-key-hint");
        keyHint.setId("currentHint");
        keyHint.setWrapText(true);
        keyCap.getStyleClass().add("big");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(caption, spacer, status);
        top.setAlignment(Pos.CENTER_LEFT);

        HBox facts = new HBox(box("desk.priority", priority), box("desk.waited", waited),
                box("desk.atCounter", atCounter), box("desk.recalls", recalls));
        facts.getStyleClass().add("ticket-facts");
        citizen.setId("currentCitizen");
        citizen.getStyleClass().add("ticket-citizen");
        citizen.setWrapText(true);
        offers.setId("currentOffers");
        offers.getStyleClass().add("ticket-offers");
        offers.setWrapText(true);
        servingBox = new VBox(code, service, facts, citizen, offers, servingHint);
        servingBox.setAlignment(Pos.CENTER_LEFT);

        HBox number = new HBox(18, bigNumber, bigText);
        number.setAlignment(Pos.CENTER_LEFT);
        HBox key = new HBox(10, keyCap, keyHint);
        key.setAlignment(Pos.CENTER_LEFT);
        otherBox = new VBox(14, number, key);
        otherBox.setAlignment(Pos.CENTER_LEFT);

        StackPane body = new StackPane(servingBox, otherBox);
        body.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(top, body);

        InvalidationListener redraw = this::redraw;
        model.cardProperty().addListener(redraw);
        model.counterStateProperty().addListener(redraw);
        model.pauseReasonProperty().addListener(redraw);
        model.board().waitingHereProperty().addListener(redraw);
        messages.localeProperty().addListener(redraw);
        model.citizenCard().readingProperty().addListener(redraw);
        model.broughtOffers().offers().addListener(redraw);
        redraw(null);
    }

    private void redraw(Observable ignored) {
        TicketCard card = model.cardProperty().get();
        CounterState state = model.counterStateProperty().get();
        boolean serving = card != null;
        String mode = serving ? "serving" : switch (state) {
            case OPEN -> "idle";
            case PAUSED -> "paused";
            case CLOSED -> "closed";
        };
        getStyleClass().removeAll(MODES);
        getStyleClass().add(mode);
        status.setText(messages.text("status.state", messages.name(state)));
        show(servingBox, serving);
        show(otherBox, !serving);
        String reason = model.pauseReasonProperty().get();
        if (serving) {
            caption.setText(messages.text("desk.serving") + " · " + messages.name(card.status()));
            code.setText(card.code());
            service.setText(card.serviceName());
            priority.setText(messages.name(card.priority()));
            priority.getStyleClass().remove("priority");
            if (card.priority().isPriority()) {
                priority.getStyleClass().add("priority");
            }
            waited.setText(WaitText.format(card.waited(), messages));
            atCounter.setText(WaitText.format(card.atCounter(), messages));
            recalls.setText(Integer.toString(card.recalls()));
            servingHint.setText(state == CounterState.PAUSED
                    ? messages.text("desk.pausedWhileServing", reason, DeskAction.PAUSE.key()) : "");
            show(servingHint, state == CounterState.PAUSED);
            showCitizen(model.citizenCard().readingProperty().get());
            showOffers(model.broughtOffers().offers());
            return;
        }
        code.setText("");
        int waiting = model.board().waitingHereProperty().get();
        switch (state) {
            case OPEN -> {
                caption.setText(messages.text("desk.idle"));
                bigNumber.setText(Integer.toString(waiting));
                bigText.setText(messages.text("desk.waitingHere", waiting));
                keyCap.setText(DeskAction.CALL_NEXT.key());
                keyHint.setText(messages.text("desk.idleHint"));
            }
            case PAUSED -> {
                caption.setText(messages.text("desk.paused"));
                bigNumber.setText("");
                bigText.setText(reason);
                keyCap.setText(DeskAction.PAUSE.key());
                keyHint.setText(messages.text("desk.pausedHint", waiting));
            }
            case CLOSED -> {
                caption.setText(messages.text("desk.closed"));
                bigNumber.setText("");
                bigText.setText(messages.text("desk.closedText"));
                keyCap.setText(DeskAction.LOG_OUT.key());
                keyHint.setText(messages.text("desk.closedHint"));
            }
        }
        show(bigNumber, !bigNumber.getText().isEmpty());
    }

    /**
     * Who the citizen is: the codice fiscale and what it says, from the card shown at the kiosk or read
     * here, or why a card could not be read.
     */
    private void showCitizen(CitizenCard.Reading reading) {
        citizen.getStyleClass().removeAll("identified", "unreadable");
        if (reading == null) {
            citizen.setText(messages.text("card.hint"));
            return;
        }
        if (!reading.identified()) {
            citizen.getStyleClass().add("unreadable");
            citizen.setText(messages.text("card.failed", reading.error()));
            return;
        }
        String code = reading.codiceFiscale().code();
        String person = model.citizenCard().describe(reading.codiceFiscale());
        if (reading.differsFromKiosk()) {
            citizen.getStyleClass().add("unreadable");
            citizen.setText(messages.text("card.shownDiffers", code, person, reading.kioskCode()));
            return;
        }
        citizen.getStyleClass().add("identified");
        citizen.setText(messages.text(reading.source() == CitizenCard.Source.KIOSK ? "card.fromKiosk" : "card.shown",
                code, person));
    }

    /** The offers chosen at the self-service terminal, one a line: title, employer or "riservato", where, id. */
    private void showOffers(List<JobOffer> chosen) {
        show(offers, !chosen.isEmpty());
        StringBuilder text = new StringBuilder(messages.text("desk.offers", chosen.size()));
        for (JobOffer o : chosen) {
            text.append('\n').append(messages.text("desk.offers.line", o.title(),
                    o.employer() == null ? messages.text("desk.offers.reserved") : o.employer(),
                    o.workplace().municipality(), o.id()));
        }
        offers.setText(text.toString());
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
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
        // On a narrow desk the caption takes two lines; the value itself never shrinks.
        c.setWrapText(true);
        c.setMinHeight(Region.USE_PREF_SIZE);
        value.setMinWidth(Region.USE_PREF_SIZE);
        VBox b = new VBox(c, value);
        b.getStyleClass().add("fact");
        b.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(b, Priority.ALWAYS);
        return b;
    }
}

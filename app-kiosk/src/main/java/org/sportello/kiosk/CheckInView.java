package org.sportello.kiosk;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Check-in for an appointment: what to show the kiosk (the QR of the letter, or the health card), the moment the
 * office is asked, and, when it says no, why in plain words, with a button for a normal ticket where the office
 * allows one. "Back" at the bottom where thumbs rest.
 */
final class CheckInView {
    /** Padding and gap around the walk-in button's words: what is left of its width is theirs. */
    private static final double BUTTON_CHROME = 110;
    /** The drawn QR's pattern: three finder squares and some dots, enough to be recognised as "a QR". */
    private static final String[] QR = {
        "XXX.X.XXX", "X.X...X.X", "XXX.X.XXX", "....X....", "X.XX.XX.X", "....X.X..", "XXX..X.X.", "X.X.X..XX",
        "XXX.XX.X."};

    private final VBox root = new VBox();

    CheckInView(KioskViewModel vm) {
        CheckInViewModel checkIn = vm.checkIn();
        root.setId("check-in");
        root.getStyleClass().add("checkin-screen");
        Label title = HomeView.label("screen-title", vm.text("checkin.title"));

        Node letter = step("checkin-step-letter", qrSymbol(), HomeView.label("checkin-step", vm.text("checkin.scan")));
        Node card = step("checkin-step-card", cardSymbol(), HomeView.label("checkin-step", vm.text("checkin.card")));
        Label looking = HomeView.label("checkin-looking", vm.text("checkin.looking"));
        looking.setId("checkin-looking");
        VBox steps = new VBox(letter, card, looking);
        steps.getStyleClass().add("checkin-steps");
        steps.setId("checkin-steps");
        looking.visibleProperty().bind(checkIn.stateProperty().isEqualTo(CheckInViewModel.State.LOOKING));
        looking.managedProperty().bind(looking.visibleProperty());

        Label why = HomeView.label("checkin-explanation", checkIn.explanationProperty());
        why.setId("checkin-explanation");
        Label hint = HomeView.label("checkin-hint", Bindings.when(checkIn.walkInOfferedProperty())
                .then(vm.text("checkin.walkin.hint")).otherwise(vm.text("checkin.help")));
        hint.setId("checkin-hint");
        VBox refusal = new VBox(why, hint);
        refusal.setId("checkin-refusal");
        refusal.getStyleClass().add("checkin-refusal");
        Button walkIn = walkInButton(vm);
        VBox refused = new VBox(refusal, walkIn);
        refused.getStyleClass().add("checkin-refused");

        // One or the other in the middle of the screen, each in a scroll pane of its own (large text on a landscape
        // panel makes the words taller than the screen: a swipe shows the rest). The panes are shown and hidden
        // whole: a scroll pane keeps a cached picture of its content, which a child hidden inside it does not redraw.
        ScrollPane waiting = middle(steps);
        waiting.visibleProperty().bind(checkIn.stateProperty().isNotEqualTo(CheckInViewModel.State.REFUSED));
        ScrollPane turnedAway = middle(refused);
        turnedAway.visibleProperty().bind(checkIn.stateProperty().isEqualTo(CheckInViewModel.State.REFUSED));
        for (ScrollPane pane : new ScrollPane[] {waiting, turnedAway}) {
            pane.managedProperty().bind(pane.visibleProperty());
        }

        Button back = new Button();
        back.setId("checkin-back");
        back.textProperty().bind(vm.text("checkin.back"));
        back.getStyleClass().add("back-button");
        back.setMaxWidth(Double.MAX_VALUE);
        KioskLabel.wrapUnlessRightToLeft(back);
        back.setMinHeight(Region.USE_PREF_SIZE);
        back.disableProperty().bind(vm.busyProperty());
        back.setOnAction(e -> vm.leaveCheckIn());
        root.getChildren().addAll(title, waiting, turnedAway, back);
    }

    private static ScrollPane middle(Node content) {
        VBox middle = new VBox(content);
        middle.getStyleClass().add("checkin-middle");
        middle.setAlignment(Pos.CENTER);
        ScrollPane scroll = new ScrollPane(middle);
        scroll.getStyleClass().add("services-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setPannable(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinHeight(0);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // The skin keeps a cached picture of the viewport: a second refusal right after the first (a letter, then
        // another) left the first one's words and button on the screen. These screens do not scroll smoothly
        // enough to need the cache.
        scroll.skinProperty().addListener((o, was, skin) -> {
            Node viewport = scroll.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        return scroll;
    }

    private static Node step(String id, Node symbol, Label words) {
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMinWidth(0);
        HBox row = new HBox(symbol, words);
        row.setId(id);
        row.getStyleClass().add("checkin-step-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A QR drawn in squares (the kiosk has no emoji font): the citizen recognises the thing on the letter. */
    static Node qrSymbol() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("qr-symbol");
        for (int row = 0; row < QR.length; row++) {
            for (int col = 0; col < QR[row].length(); col++) {
                Region dot = new Region();
                dot.getStyleClass().add(QR[row].charAt(col) == 'X' ? "qr-dot" : "qr-space");
                grid.add(dot, col, row);
            }
        }
        grid.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        grid.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane frame = new StackPane(grid);
        frame.getStyleClass().add("checkin-symbol");
        return frame;
    }

    /** The same small card as the note on the home screen: blue body, gold chip. */
    private static Node cardSymbol() {
        Region chip = new Region();
        chip.getStyleClass().add("card-note-chip");
        StackPane body = new StackPane(chip);
        body.getStyleClass().add("card-note-symbol");
        StackPane.setAlignment(chip, Pos.CENTER_LEFT);
        StackPane frame = new StackPane(body);
        frame.getStyleClass().add("checkin-symbol");
        return frame;
    }

    private static Button walkInButton(KioskViewModel vm) {
        Label words = HomeView.label("checkin-walkin-text", vm.text("checkin.walkin"));
        words.setAlignment(Pos.CENTER);
        words.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Button b = new Button();
        b.setId("checkin-walkin");
        b.setGraphic(words);
        b.getStyleClass().add("checkin-walkin");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinWidth(0);
        b.setPrefWidth(0);
        // A button lays its graphic out at its preferred size: give the words the button's width to wrap in.
        words.prefWidthProperty().bind(Bindings.max(120, b.widthProperty().subtract(BUTTON_CHROME)));
        words.minWidthProperty().bind(words.prefWidthProperty());
        words.maxWidthProperty().bind(words.prefWidthProperty());
        b.visibleProperty().bind(vm.checkIn().walkInOfferedProperty());
        b.managedProperty().bind(b.visibleProperty());
        b.disableProperty().bind(vm.busyProperty());
        b.setOnAction(e -> vm.takeWalkIn());
        return b;
    }

    Node node() {
        return root;
    }
}

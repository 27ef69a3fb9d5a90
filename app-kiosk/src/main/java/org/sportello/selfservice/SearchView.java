package org.sportello.selfservice;

import javafx.beans.Observable;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.Fit;
import org.sportello.model.offers.OfferHours;
import org.sportello.model.offers.OfferHit;
import org.sportello.model.offers.OfferResults;

/**
 * The home screen: <i>Cosa</i> and <i>Dove</i> with the keyboard, the filter chips with their counts,
 * and the results, each with its fit when a card is shown. Side by side on a landscape panel (fields
 * and keyboard left, results right), stacked on a portrait one (keyboard at the bottom, where the hands are).
 */
final class SearchView {
    /** The node property that names the offer a result row opens or chooses. */
    static final String OFFER = "offer";

    private final TerminalViewModel vm;
    private final SearchViewModel search;
    private final StackPane root = new StackPane();
    private final FlowPane chips = new FlowPane();
    private final VBox results = new VBox();
    private final Label count = new Label();
    private final TextField what = new TextField();
    private final TextField where = new TextField();
    /** Results narrower than this (design px) show each fit under the offer's words, not beside them. */
    private static final double NARROW = 760;
    private boolean narrow;

    SearchView(TerminalViewModel vm, ObservableBooleanValue landscape) {
        this.vm = vm;
        this.search = vm.search();
        root.setId("search");
        root.getStyleClass().add("search-screen");

        VBox fields = new VBox(field(what, "what", SearchViewModel.Field.WHAT, search.whatProperty()),
                field(where, "where", SearchViewModel.Field.WHERE, search.whereProperty()));
        fields.getStyleClass().add("fields");
        Node keyboard = new ItalianKeyboard(vm).node();

        chips.setId("chips");
        chips.getStyleClass().add("chips");
        count.setId("result-count");
        count.getStyleClass().add("result-count");
        count.setWrapText(true);
        count.setMinHeight(Region.USE_PREF_SIZE);
        results.setId("results");
        results.getStyleClass().add("results");
        // The chips and the count scroll with the results: on a short or narrow screen (a 4:3 panel, large
        // text) they would otherwise take the room of the offers themselves.
        VBox list = new VBox(chips, count, results);
        list.getStyleClass().add("results-column");
        ScrollPane scroll = new ScrollPane(list);
        scroll.setId("results-scroll");
        scroll.getStyleClass().add("results-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        scroll.viewportBoundsProperty().addListener((o, was, now) -> {
            boolean narrower = now.getWidth() < NARROW;
            if (narrower != narrow) {
                narrow = narrower;
                laterRebuild();
            }
        });
        Node attach = attachBar();
        // On a portrait screen the keys take a fifth of the height: while the citizen scrolls the offers they
        // step aside, and come back when a field (or the button left in their place) is touched.
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                search.browse();
            }
        });
        scroll.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.getTarget() instanceof Node n && insideScrollBar(n)) {
                search.browse();
            }
        });
        Button showKeys = Views.button("keys-show", "keys-show", vm.text("keyboard.show"),
                () -> search.focus(search.fieldProperty().get()));
        showKeys.setFocusTraversable(false);
        showKeys.setMaxWidth(Double.MAX_VALUE);

        VBox left = new VBox();
        left.getStyleClass().add("search-left");
        VBox right = new VBox();
        right.getStyleClass().add("search-right");
        Runnable arrange = () -> {
            left.getChildren().clear();
            right.getChildren().clear();
            root.getChildren().clear();
            keyboard.visibleProperty().unbind();
            keyboard.managedProperty().unbind();
            showKeys.visibleProperty().unbind();
            showKeys.managedProperty().unbind();
            if (landscape.get()) {
                keyboard.setVisible(true);
                keyboard.setManaged(true);
                left.getChildren().addAll(fields, keyboard);
                right.getChildren().addAll(scroll, attach);
                HBox.setHgrow(right, Priority.ALWAYS);
                // The results take what the fields and keys leave: a little under half, never less than
                // the keyboard needs (large text on a 4:3 panel).
                right.setPrefWidth(0);
                HBox side = new HBox(left, right);
                side.getStyleClass().add("search-landscape");
                left.prefWidthProperty().bind(side.widthProperty().multiply(0.46));
                left.maxWidthProperty().bind(left.prefWidthProperty());
                root.getChildren().add(side);
            } else {
                left.prefWidthProperty().unbind();
                left.maxWidthProperty().unbind();
                left.setMaxWidth(Double.MAX_VALUE);
                right.setPrefWidth(Region.USE_COMPUTED_SIZE);
                keyboard.visibleProperty().bind(search.keysShownProperty());
                keyboard.managedProperty().bind(keyboard.visibleProperty());
                showKeys.visibleProperty().bind(search.keysShownProperty().not());
                showKeys.managedProperty().bind(showKeys.visibleProperty());
                VBox stack = new VBox(fields, scroll, attach, keyboard, showKeys);
                stack.getStyleClass().add("search-portrait");
                root.getChildren().add(stack);
            }
        };
        landscape.addListener((o, was, now) -> arrange.run());
        arrange.run();

        Runnable refreshChips = this::rebuildChips;
        search.resultsProperty().addListener((o, was, now) -> refreshChips.run());
        search.contracts().addListener((SetChangeListener<ContractType>) c -> refreshChips.run());
        for (Observable o : new Observable[] {search.hoursProperty(), search.provinceProperty(), search.kmProperty(),
                search.recentDaysProperty(), search.whereProperty(), vm.textsProperty()}) {
            o.addListener(x -> refreshChips.run());
        }
        search.hits().addListener((ListChangeListener<OfferHit>) c -> laterRebuild());
        vm.fits().addListener((MapChangeListener<String, Fit>) c -> laterRebuild());
        vm.chosen().addListener((SetChangeListener<String>) c -> laterRebuild());
        vm.cardProperty().addListener((o, was, now) -> laterRebuild());
        vm.textsProperty().addListener(o -> laterRebuild());
        search.searchingProperty().addListener(o -> {
            if (search.hits().isEmpty()) {
                laterRebuild();
            }
        });
        search.fieldProperty().addListener((o, was, now) -> focusField());
        rebuildChips();
        rebuildResults();
    }

    Node node() {
        return root;
    }

    private static boolean insideScrollBar(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof ScrollBar) {
                return true;
            }
        }
        return false;
    }

    /** Where the keyboard types: the field the citizen last touched. */
    void focusField() {
        TextField f = search.fieldProperty().get() == SearchViewModel.Field.WHERE ? where : what;
        f.requestFocus();
        f.end();
    }

    private Node field(TextField input, String id, SearchViewModel.Field which,
                       javafx.beans.property.StringProperty value) {
        Label title = Views.label("field-title", vm.text("field." + id));
        Label hint = Views.label("field-hint", vm.text("field." + id + ".hint"));
        input.setId(id);
        input.getStyleClass().add("search-field");
        input.textProperty().bindBidirectional(value);
        input.promptTextProperty().bind(vm.text("field." + id + ".prompt"));
        // The terminal types with its own keys; a caret kept at the end shows where the next letter goes.
        input.textProperty().addListener((o, was, now) -> input.end());
        input.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                search.focus(which);
            }
        });
        input.setOnMouseClicked(e -> search.focus(which));
        HBox.setHgrow(input, Priority.ALWAYS);
        Button clear = Views.button(id + "-clear", "field-clear", vm.text("field.clear"), () -> {
            search.focus(which);
            search.clearField();
        });
        clear.setFocusTraversable(false);
        clear.setMinWidth(Region.USE_PREF_SIZE); // "Cancella" on one line, never broken in two
        clear.visibleProperty().bind(value.isNotEmpty());
        // An empty field lends the button's room to its example ("Per esempio: magazziniere").
        clear.managedProperty().bind(clear.visibleProperty());
        HBox row = new HBox(input, clear);
        row.getStyleClass().add("field-row");
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(new HBox(title, hint), row);
        ((HBox) box.getChildren().getFirst()).getStyleClass().add("field-heading");
        ((HBox) box.getChildren().getFirst()).setAlignment(Pos.BASELINE_LEFT);
        box.getStyleClass().add("field-box");
        search.fieldProperty().addListener((o, was, now) -> box.pseudoClassStateChanged(ACTIVE, now == which));
        box.pseudoClassStateChanged(ACTIVE, search.fieldProperty().get() == which);
        return box;
    }

    private static final javafx.css.PseudoClass ACTIVE = javafx.css.PseudoClass.getPseudoClass("active");
    private static final javafx.css.PseudoClass SELECTED = javafx.css.PseudoClass.getPseudoClass("selected");

    // ---------------------------------------------------------------- chips

    private void rebuildChips() {
        TerminalTexts t = vm.texts();
        OfferResults r = search.resultsProperty().get();
        chips.getChildren().clear();
        for (ContractType c : ContractType.values()) {
            int n = r.count("contract", c.wireName());
            boolean on = search.contracts().contains(c);
            if (n > 0 || on) {
                chips.getChildren().add(chip("chip-contract-" + c.wireName(), t.get("chip.count", t.contract(c), n), on,
                        () -> search.toggleContract(c)));
            }
        }
        for (OfferHours h : OfferHours.values()) {
            int n = r.count("hours", h.wireName());
            boolean on = search.hoursProperty().get() == h;
            if (n > 0 || on) {
                chips.getChildren().add(chip("chip-hours-" + h.wireName(), t.get("chip.count", t.hours(h), n), on,
                        () -> search.toggleHours(h)));
            }
        }
        for (String p : search.provinces()) {
            chips.getChildren().add(chip("chip-province-" + p, t.get("chip.count", t.get("chip.province", p),
                    r.count("province", p)), search.provinceProperty().get().equals(p), () -> search.toggleProvince(p)));
        }
        if (!search.whereProperty().get().isBlank()) {
            for (int km : SearchViewModel.DISTANCES) {
                chips.getChildren().add(chip("chip-km-" + km, t.get("chip.km", km), search.kmProperty().get() == km,
                        () -> search.toggleKm(km)));
            }
        }
        chips.getChildren().add(chip("chip-recent", t.get("chip.recent", SearchViewModel.RECENT_DAYS),
                search.recentDaysProperty().get() != 0, search::toggleRecent));
        if (search.anyChip()) {
            Button clear = chip("chip-clear", t.get("chip.clear"), false, search::clearChips);
            clear.getStyleClass().add("chip-clear");
            chips.getChildren().add(clear);
        }
    }

    private static Button chip(String id, String text, boolean selected, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("chip");
        b.setMnemonicParsing(false);
        b.setFocusTraversable(false);
        b.pseudoClassStateChanged(SELECTED, selected);
        b.setOnAction(e -> action.run());
        return b;
    }

    // ---------------------------------------------------------------- results

    private boolean rebuildPending;

    /** Fits arrive one by one: the list is redrawn once for all of them, after the current event. */
    private void laterRebuild() {
        if (!rebuildPending) {
            rebuildPending = true;
            javafx.application.Platform.runLater(() -> {
                rebuildPending = false;
                rebuildResults();
            });
        }
    }

    private void rebuildResults() {
        TerminalTexts t = vm.texts();
        OfferResults r = search.resultsProperty().get();
        String where = r.whereUnknown() == null ? "" : " " + t.get("results.where.unknown", r.whereUnknown());
        count.setText(t.get("results.count", r.total()) + where);
        results.getChildren().clear();
        if (search.hits().isEmpty() && !search.searchingProperty().get()) {
            results.getChildren().add(Views.label("results-empty", t.get("results.none")));
        }
        TerminalViewModel.Card card = vm.cardProperty().get();
        boolean known = card != null && card.known();
        for (OfferHit h : search.hits()) {
            results.getChildren().add(row(t, h, known));
        }
    }

    private Node row(TerminalTexts t, OfferHit h, boolean cardKnown) {
        Label title = Views.label("hit-title", h.title());
        Label employer = Views.label("hit-employer", OfferSlips.employer(t, h.employer()));
        if (h.employer() == null) {
            employer.getStyleClass().add("reserved");
        }
        String place = OfferSlips.where(h.municipality(), h.province());
        if (h.located()) {
            place = t.get("hit.where.km", place, Math.round(h.km()));
        }
        Label where = Views.label("hit-where", place);
        Label contract = Views.label("hit-contract", t.get("offer.contract.line", t.contract(h.contract()), t.hours(h.hours())));
        VBox words = new VBox(title, employer, where, contract);
        words.getStyleClass().add("hit-words");
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMinWidth(0);
        words.setMaxWidth(Double.MAX_VALUE);
        HBox open = new HBox(words);
        Fit fit = cardKnown ? vm.fit(h.id()) : null;
        if (fit != null && narrow) {
            words.getChildren().add(FitBadge.inline(t, fit));
        } else if (fit != null) {
            open.getChildren().add(FitBadge.of(t, fit));
        }
        // A card to tap rather than a Button: a button sizes a wrapping graphic as if it had no width.
        // The offer's id goes in the node's properties, never in its CSS id or classes: JavaFX keeps a style
        // cache for every id it meets, for the scene's life, so ids from a 100,000-offer catalogue grew the
        // terminal's live heap with every search (110 MB after 200 searches; docs/benchmarks.md).
        open.getProperties().put(OFFER, h.id());
        open.getStyleClass().add("hit");
        open.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
        open.setMaxWidth(Double.MAX_VALUE);
        open.setOnMouseClicked(e -> vm.openOffer(h.id()));
        open.setOnTouchReleased(e -> vm.openOffer(h.id()));
        HBox.setHgrow(open, Priority.ALWAYS);
        HBox row = new HBox(open);
        row.getStyleClass().add("hit-row");
        if (cardKnown) {
            boolean chosen = vm.chosen().contains(h.id());
            Button choose = new Button(t.get(chosen ? "choose.on" : "choose.off"));
            choose.getProperties().put(OFFER, h.id());
            choose.getStyleClass().add("choose");
            choose.pseudoClassStateChanged(SELECTED, chosen);
            choose.setWrapText(true);
            choose.setFocusTraversable(false);
            choose.setOnAction(e -> vm.toggleChosen(h.id()));
            row.getChildren().add(choose);
        }
        return row;
    }

    private Node attachBar() {
        Button attach = new Button();
        attach.setId("attach");
        attach.getStyleClass().add("attach");
        attach.setWrapText(true);
        attach.setMinHeight(Region.USE_PREF_SIZE);
        attach.setMinWidth(Region.USE_PREF_SIZE); // the hint beside it wraps instead
        attach.setFocusTraversable(false);
        Runnable words = () -> attach.setText(vm.texts().get("attach.button", vm.chosen().size()));
        vm.chosen().addListener((SetChangeListener<String>) c -> words.run());
        vm.textsProperty().addListener(o -> words.run());
        words.run();
        attach.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.chosen())
                .or(vm.attachStateProperty().isEqualTo(TerminalViewModel.AttachState.SENDING)));
        attach.setOnAction(e -> vm.attachChosen());
        Label notice = Views.label("attach-notice", vm.attachNoticeProperty());
        notice.setId("attach-notice");
        Views.showWhenText(notice);
        Label hint = Views.label("attach-hint", vm.text("attach.hint"));
        hint.setMaxWidth(Double.MAX_VALUE);
        // Beside the button while the hint has room to wrap in whole words; under it otherwise.
        EndsRow line = new EndsRow(hint, attach, 16, 340);
        line.getStyleClass().add("attach-line");
        VBox bar = new VBox(line, notice);
        bar.setId("attach-bar");
        bar.getStyleClass().add("attach-bar");
        bar.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.cardProperty().get() != null && vm.cardProperty().get().known(), vm.cardProperty()));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }
}

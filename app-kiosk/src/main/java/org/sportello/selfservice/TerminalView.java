package org.sportello.selfservice;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.sportello.kiosk.DisplayModes;
import org.sportello.kiosk.ModeSwitches;
import org.sportello.kiosk.language.KioskLanguage;

/**
 * The terminal window's content: the header (office, the two sections, the card, the citizen's display
 * modes and languages), one screen at a time as the ViewModel says, the out-of-service page over
 * everything, and the notice that the screen is about to start again. The display modes are style
 * classes on the root ({@code high-contrast}, {@code large-text}); large text also lays the screens out
 * on a smaller canvas ({@link org.sportello.kiosk.KioskFrame}).
 */
public final class TerminalView {
    private final StackPane root = new StackPane();
    private final SearchView search;

    public TerminalView(TerminalViewModel vm, ObservableBooleanValue landscape) {
        root.setId("terminal-root");
        root.getStyleClass().add("terminal");
        search = new SearchView(vm, landscape);
        StackPane screens = new StackPane();
        screens.getStyleClass().add("screens");
        Node searchNode = search.node();
        Node offer = new OfferPageView(vm).node();
        Node courses = new CoursesView(vm).node();
        searchNode.visibleProperty().bind(vm.screenProperty().isEqualTo(TerminalViewModel.Screen.SEARCH));
        offer.visibleProperty().bind(vm.screenProperty().isEqualTo(TerminalViewModel.Screen.OFFER));
        courses.visibleProperty().bind(vm.screenProperty().isEqualTo(TerminalViewModel.Screen.COURSES));
        screens.getChildren().addAll(searchNode, offer, courses);
        BorderPane main = new BorderPane(screens);
        main.setTop(header(vm));
        main.getStyleClass().add("terminal-main");
        main.visibleProperty().bind(vm.screenProperty().isNotEqualTo(TerminalViewModel.Screen.OUT_OF_SERVICE)
                .and(vm.screenProperty().isNotEqualTo(TerminalViewModel.Screen.LOADING)));

        Label loading = Views.label("loading", vm.text("loading"));
        VBox loadingScreen = new VBox(loading);
        loadingScreen.setId("loading");
        loadingScreen.setAlignment(Pos.CENTER);
        loadingScreen.visibleProperty().bind(vm.screenProperty().isEqualTo(TerminalViewModel.Screen.LOADING));

        Node outage = outOfService();
        outage.visibleProperty().bind(vm.screenProperty().isEqualTo(TerminalViewModel.Screen.OUT_OF_SERVICE));
        root.getChildren().addAll(main, loadingScreen, outage, idleNotice(vm));
        vm.screenProperty().addListener((o, was, now) -> {
            if (now == TerminalViewModel.Screen.SEARCH) {
                search.focusField();
            }
        });
        DisplayModes modes = vm.displayModes();
        Runnable classes = () -> {
            root.getStyleClass().removeIf(c -> c.startsWith("lang-") || c.equals("high-contrast") || c.equals("large-text"));
            root.getStyleClass().add("lang-" + vm.languageProperty().get().tag());
            if (modes.highContrastProperty().get()) {
                root.getStyleClass().add("high-contrast");
            }
            if (modes.largeTextProperty().get()) {
                root.getStyleClass().add("large-text");
            }
        };
        vm.languageProperty().addListener(o -> classes.run());
        modes.highContrastProperty().addListener(o -> classes.run());
        modes.largeTextProperty().addListener(o -> classes.run());
        classes.run();
    }

    /** Between the groups of a header row, and between its lines when it wraps (design px). */
    private static final double ROW_GAP = 16;

    public StackPane root() {
        return root;
    }

    private static Node header(TerminalViewModel vm) {
        Label office = Views.label("office-name", vm.officeNameProperty());
        office.setId("office-name");
        Label title = Views.label("terminal-title", vm.text("title"));
        VBox names = new VBox(office, title);
        names.getStyleClass().add("names");
        HBox.setHgrow(names, Priority.ALWAYS);
        names.setMaxWidth(Double.MAX_VALUE);

        Button offers = Views.button("tab-offers", "tab", vm.text("tab.offers"), vm::showSearch);
        Button courses = Views.button("tab-courses", "tab", vm.text("tab.courses"), vm::showCourses);
        javafx.css.PseudoClass selected = javafx.css.PseudoClass.getPseudoClass("selected");
        vm.screenProperty().addListener((o, was, now) -> {
            offers.pseudoClassStateChanged(selected, now != TerminalViewModel.Screen.COURSES);
            courses.pseudoClassStateChanged(selected, now == TerminalViewModel.Screen.COURSES);
        });
        offers.pseudoClassStateChanged(selected, true);
        HBox tabs = new HBox(offers, courses);
        tabs.getStyleClass().add("tabs");

        HBox languages = new HBox();
        languages.getStyleClass().add("languages");
        for (KioskLanguage l : TerminalTexts.LANGUAGES) {
            Button b = new Button(TerminalTexts.of(l).get("language.name"));
            b.setId("lang-" + l.tag());
            b.getStyleClass().add("language");
            b.setFocusTraversable(false);
            b.setOnAction(e -> vm.setLanguage(l));
            vm.languageProperty().addListener((o, was, now) -> b.pseudoClassStateChanged(selected, now == l));
            b.pseudoClassStateChanged(selected, vm.languageProperty().get() == l);
            languages.getChildren().add(b);
        }
        // The citizen's own display, beside the languages: both are theirs to change, and reset for the next.
        EndsRow tools = new EndsRow(ModeSwitches.of(vm.displayModes(), vm::text, vm::touched), languages, ROW_GAP);
        tools.getStyleClass().add("tools");
        // Too short a line for both (large text, a portrait panel): the second group goes under the first.
        EndsRow second = new EndsRow(tabs, tools, ROW_GAP);
        second.getStyleClass().add("header-row");
        EndsRow first = new EndsRow(names, cardArea(vm), ROW_GAP);
        first.getStyleClass().add("header-row");
        VBox header = new VBox(first, second);
        header.setId("header");
        header.getStyleClass().add("header");
        return header;
    }

    /** Before a card: how to use it. With one: "Buongiorno, Maria" and "Ho finito". */
    private static Region cardArea(TerminalViewModel vm) {
        Label words = new Label();
        words.setId("card-words");
        words.getStyleClass().add("card-words");
        words.setWrapText(true);
        words.setMinHeight(Region.USE_PREF_SIZE);
        Runnable say = () -> {
            TerminalViewModel.Card c = vm.cardProperty().get();
            String notice = vm.cardNoticeProperty().get();
            TerminalTexts t = vm.texts();
            String text = c == null ? (notice.isEmpty() ? t.get("card.hint") : notice)
                    : c.checking() ? t.get("card.checking")
                    : c.known() ? t.get("card.hello", c.firstName()) : notice;
            words.setText(text);
            words.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("greeting"), c != null && c.known());
        };
        vm.cardProperty().addListener(o -> say.run());
        vm.cardNoticeProperty().addListener(o -> say.run());
        vm.textsProperty().addListener(o -> say.run());
        say.run();
        Button finish = Views.button("finish", "finish-button", vm.text("finish"), vm::finish);
        finish.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.cardProperty().get() != null
                || !vm.cardNoticeProperty().get().isEmpty(), vm.cardProperty(), vm.cardNoticeProperty()));
        finish.managedProperty().bind(finish.visibleProperty());
        HBox box = new HBox(words, finish);
        box.setId("card-area");
        box.getStyleClass().add("card-area");
        box.setAlignment(Pos.CENTER_RIGHT);
        box.setMaxWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** Out of service, in each terminal language at once: calm words, and it comes back by itself. */
    private static Node outOfService() {
        VBox box = new VBox();
        box.setId("out-of-service");
        box.getStyleClass().add("out-of-service");
        box.setAlignment(Pos.CENTER);
        KioskLanguage first = KioskLanguage.first();
        TerminalTexts t = TerminalTexts.of(first);
        Label title = Views.label("outage-title", t.get("outage.title"));
        Label text = Views.label("outage-text", t.get("outage.text"));
        VBox card = new VBox(title, text);
        card.getStyleClass().add("outage-card");
        card.setAlignment(Pos.CENTER);
        box.getChildren().add(card);
        for (KioskLanguage l : TerminalTexts.LANGUAGES) {
            if (l != first) {
                box.getChildren().add(Views.label("outage-other", TerminalTexts.of(l).get("outage.summary")));
            }
        }
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("outage-spinner");
        box.getChildren().addAll(spinner, Views.label("outage-retry", t.get("outage.retry")));
        for (Node n : box.getChildren()) {
            if (n instanceof Label l) {
                l.setTextAlignment(TextAlignment.CENTER);
            }
        }
        for (Node n : card.getChildren()) {
            ((Label) n).setTextAlignment(TextAlignment.CENTER);
        }
        return box;
    }

    private static Node idleNotice(TerminalViewModel vm) {
        Label title = Views.label("idle-title", vm.text("idle.title"));
        Label text = Views.label("idle-text", Bindings.createStringBinding(
                // Empty while no warning is shown: no plural (and no ICU) formatted for a hidden notice.
                () -> vm.idleCountdownProperty().get() == 0 ? ""
                        : vm.texts().get("idle.text", vm.idleCountdownProperty().get()),
                vm.idleCountdownProperty(), vm.textsProperty()));
        text.setId("idle-text");
        Button stay = Views.button("idle-stay", "idle-stay", vm.text("idle.stay"), vm::touched);
        for (Label l : new Label[] {title, text}) {
            l.setTextAlignment(TextAlignment.CENTER);
        }
        VBox card = new VBox(title, text, stay);
        card.getStyleClass().add("idle-card");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane veil = new StackPane(card);
        veil.setId("idle-notice");
        veil.getStyleClass().add("idle-veil");
        veil.visibleProperty().bind(Bindings.greaterThan(vm.idleCountdownProperty(), 0));
        return veil;
    }
}

package org.sportello.kiosk;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sportello.kiosk.card.CardNoteView;
import org.sportello.kiosk.language.KioskLanguage;
import org.sportello.model.office.Area;

/**
 * Home: office name and the citizen's display modes, the languages (each named in its own script),
 * service tiles by area (one column on a portrait totem, side by side on a landscape panel), the
 * priority request.
 */
final class HomeView {
    /**
     * Tile padding, badge, gap and border (kiosk.css: at most 18+24, 96, 28 and 6): what is left of a tile's
     * width is for its words. Not more: on a 4:3 panel every word of width saved is a line less.
     */
    private static final double TILE_CHROME = 176;

    private final KioskViewModel vm;
    private final VBox root = new VBox();
    private final VBox personsColumn = new VBox();
    private final VBox companiesColumn = new VBox();
    /**
     * The two service columns side by side, each half the width. Asked its height for a width, HBox measured
     * the columns narrower than it lays them out (their preferred width is 0, so the halves are only its
     * growth): every name wrapped word by word, the services came out half again as tall as drawn, and the
     * scroll pane showed a scroll bar with nothing below. Measured here at the halves they get.
     */
    private final HBox columns = new HBox() {
        @Override
        protected double computePrefHeight(double width) {
            return width < 0 || getManagedChildren().isEmpty() ? super.computePrefHeight(width) : atHalves(width, false);
        }

        @Override
        protected double computeMinHeight(double width) {
            return width < 0 || getManagedChildren().isEmpty() ? super.computeMinHeight(width) : atHalves(width, true);
        }

        private double atHalves(double width, boolean min) {
            List<Node> shown = getManagedChildren();
            double each = (width - snappedLeftInset() - snappedRightInset() - getSpacing() * (shown.size() - 1))
                    / shown.size();
            double tallest = 0;
            for (Node column : shown) {
                tallest = Math.max(tallest, min ? column.minHeight(each) : column.prefHeight(each));
            }
            return snappedTopInset() + tallest + snappedBottomInset();
        }
    };
    private final VBox services = new VBox();
    private Node priorityButton;
    private Node appointmentTile;
    private Node priorityBanner;
    private Node notices;

    HomeView(KioskViewModel vm, ObservableBooleanValue landscape) {
        this.vm = vm;
        root.getStyleClass().add("home");
        root.setId("home");

        KioskLabel office = new KioskLabel();
        office.wordsProperty().bind(vm.officeNameProperty());
        office.getStyleClass().add("office-name");
        office.setMinWidth(0);
        office.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(office, Priority.ALWAYS);
        office.setMaxWidth(Double.MAX_VALUE);
        HBox header = new HBox(office, ModeSwitches.of(vm.displayModes(), key -> vm.text(key), vm::touched));
        header.getStyleClass().add("header");
        header.setAlignment(Pos.CENTER_LEFT);
        // When the services are taller than the screen the home column shrinks its children: the header
        // and the languages keep their height (the stylesheet's 96 px minimum would cut the switches'
        // words in a taller script), the services scroll.
        header.setMinHeight(Region.USE_PREF_SIZE);

        Label title = label("home-title", vm.text("home.title"));
        Label subtitle = label("home-subtitle", vm.text("home.subtitle"));

        VBox persons = tiles(vm.personTiles(), Area.PERSONS);
        VBox companies = tiles(vm.companyTiles(), Area.COMPANIES);
        personsColumn.getChildren().addAll(label("section-title", vm.text("home.persons")), persons,
                StampTile.of(vm));
        companiesColumn.getChildren().addAll(label("section-title", vm.text("home.companies")), companies);
        personsColumn.getStyleClass().add("service-column");
        companiesColumn.getStyleClass().add("service-column");
        columns.getStyleClass().add("service-columns");
        services.getStyleClass().add("services");

        // The services scroll when they are taller than the screen (large text on a landscape panel):
        // a swipe shows the rest, nothing is cut.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(services);
        scroll.setId("services-scroll");
        scroll.getStyleClass().add("services-scroll");
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setMinHeight(0);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label notice = label("notice", vm.noticeProperty());
        notice.setId("notice");
        showWhenText(notice);
        Label printer = label("notice", vm.printerWarning());
        printer.setId("printer-warning");
        showWhenText(printer);

        appointmentTile = appointmentTile();
        Node card = new CardNoteView(vm.card(), vm::text, vm::removeCard).node();
        priorityBanner = priorityBanner();
        priorityButton = priorityButton();
        VBox bottom = new VBox(notice, printer, card, priorityBanner, priorityButton);
        bottom.getStyleClass().add("home-bottom");
        // Squeezed to the stylesheet's minimum, the priority button drew its words over the tiles above.
        bottom.setMinHeight(Region.USE_PREF_SIZE);
        notices = bottom;
        root.getChildren().addAll(header, languageBar(), title, subtitle, scroll, bottom);
        arrange(landscape.get());
        landscape.addListener((o, was, now) -> arrange(now));
    }

    Node node() {
        return root;
    }

    /**
     * Portrait: persons above companies, the priority request at the bottom. Landscape: side by side,
     * each half the width, the appointment tile above and the priority request under the companies (fewer
     * services there).
     */
    private void arrange(boolean landscape) {
        services.getChildren().clear();
        columns.getChildren().clear();
        companiesColumn.getChildren().remove(appointmentTile);
        // First: a citizen with a letter should not read every service to find it. Across the whole width of
        // a portrait totem; on a landscape panel at the top of the shorter companies' column, where it costs
        // no row of its own (a 4:3 panel has none to spare).
        if (landscape) {
            companiesColumn.getChildren().addFirst(appointmentTile);
        } else {
            services.getChildren().add(appointmentTile);
        }
        VBox bottom = (VBox) notices;
        companiesColumn.getChildren().removeAll(priorityBanner, priorityButton);
        bottom.getChildren().removeAll(priorityBanner, priorityButton);
        if (landscape) {
            companiesColumn.getChildren().addAll(priorityBanner, priorityButton);
        } else {
            bottom.getChildren().addAll(priorityBanner, priorityButton);
        }
        if (landscape) {
            HBox.setHgrow(personsColumn, Priority.ALWAYS);
            HBox.setHgrow(companiesColumn, Priority.ALWAYS);
            personsColumn.setMaxWidth(Double.MAX_VALUE);
            companiesColumn.setMaxWidth(Double.MAX_VALUE);
            personsColumn.setPrefWidth(0);
            companiesColumn.setPrefWidth(0);
            columns.getChildren().addAll(personsColumn, companiesColumn);
            services.getChildren().add(columns);
        } else {
            personsColumn.setPrefWidth(Region.USE_COMPUTED_SIZE);
            companiesColumn.setPrefWidth(Region.USE_COMPUTED_SIZE);
            services.getChildren().addAll(personsColumn, companiesColumn);
        }
    }

    /** Every language by its own name, in its own script and direction; no flags (a flag is a country). */
    private Node languageBar() {
        FlowPane bar = new FlowPane();
        bar.setMinHeight(Region.USE_PREF_SIZE);
        bar.setId("language-bar");
        bar.getStyleClass().add("language-bar");
        for (KioskLanguage language : KioskLanguage.values()) {
            Button b = new Button(KioskViewModel.text(language, "language.name"));
            b.setId("lang-" + language.tag());
            b.getStyleClass().addAll("language", "lang-" + language.tag());
            b.setNodeOrientation(language.rightToLeft()
                    ? javafx.geometry.NodeOrientation.RIGHT_TO_LEFT : javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
            b.setOnAction(e -> vm.setLanguage(language));
            Runnable mark = () -> {
                b.getStyleClass().remove("selected");
                if (vm.languageProperty().get() == language) {
                    b.getStyleClass().add("selected");
                }
            };
            vm.languageProperty().addListener((o, was, now) -> mark.run());
            mark.run();
            bar.getChildren().add(b);
        }
        return bar;
    }

    private VBox tiles(ObservableList<ServiceTile> tiles, Area area) {
        VBox box = new VBox();
        box.getStyleClass().add("tiles");
        Runnable rebuild = () -> box.getChildren().setAll(tiles.stream().map(t -> tile(t, area)).toList());
        tiles.addListener((ListChangeListener<ServiceTile>) c -> rebuild.run());
        rebuild.run();
        return box;
    }

    private Node tile(ServiceTile tile, Area area) {
        Label letter = new Label(tile.prefix());
        letter.getStyleClass().add("tile-letter-text");
        StackPane badge = new StackPane(letter);
        badge.getStyleClass().add("tile-letter");

        Label name = new KioskLabel(tile.name());
        name.getStyleClass().add("tile-name");
        VBox words = new VBox(name);
        words.getStyleClass().add("tile-words");
        String second = tile.open() ? tile.description() : tile.hours();
        if (!second.isBlank()) {
            Label more = new KioskLabel(second);
            more.getStyleClass().add(tile.open() ? "tile-description" : "tile-hours");
            words.getChildren().add(more);
        }
        if (tile.open() && !tile.staffed()) {
            // A ticket is still possible (a counter may open), but the citizen must know nobody serves it now.
            Label none = label("tile-unstaffed", vm.text("home.nocounter"));
            words.getChildren().add(none);
        }
        for (Node n : words.getChildren()) {
            ((Label) n).setMinHeight(Region.USE_PREF_SIZE);
        }
        HBox content = new HBox(badge, words);
        content.getStyleClass().add("tile-content");
        content.setAlignment(Pos.CENTER_LEFT);

        Button b = new Button();
        b.setId("tile-" + tile.prefix());
        b.setGraphic(content);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinWidth(0);
        b.setPrefWidth(0);
        // A button lays its graphic out at its preferred size: give the words the tile's width to wrap in.
        words.prefWidthProperty().bind(Bindings.max(120, b.widthProperty().subtract(TILE_CHROME)));
        words.minWidthProperty().bind(words.prefWidthProperty());
        words.maxWidthProperty().bind(words.prefWidthProperty());
        b.getStyleClass().addAll("tile", area == Area.PERSONS ? "persons" : "companies");
        if (!tile.open()) {
            b.getStyleClass().add("closed");
            b.setDisable(true);
        } else {
            if (!tile.staffed()) {
                b.getStyleClass().add("unstaffed");
            }
            b.disableProperty().bind(vm.busyProperty());
        }
        b.setOnAction(e -> vm.choose(tile.prefix()));
        return b;
    }

    /** "I have an appointment": to the check-in screen (the letter's QR or the health card). */
    private Node appointmentTile() {
        Node symbol = CheckInView.qrSymbol();
        Label title = label("appointment-title", vm.text("checkin.tile"));
        Label hint = label("appointment-hint", vm.text("checkin.tile.hint"));
        VBox words = new VBox(title, hint);
        words.getStyleClass().add("priority-words");
        HBox content = new HBox(symbol, words);
        content.setAlignment(Pos.CENTER_LEFT);
        content.getStyleClass().add("priority-content");
        Button b = new Button();
        b.setId("appointment-tile");
        b.setGraphic(content);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinWidth(0);
        b.setPrefWidth(0);
        words.prefWidthProperty().bind(Bindings.max(120, b.widthProperty().subtract(TILE_CHROME)));
        words.minWidthProperty().bind(words.prefWidthProperty());
        words.maxWidthProperty().bind(words.prefWidthProperty());
        b.getStyleClass().add("appointment-tile");
        b.disableProperty().bind(vm.busyProperty());
        b.setOnAction(e -> vm.askCheckIn());
        return b;
    }

    private Node priorityBanner() {
        Label text = label("priority-banner-text", vm.priorityBanner());
        text.setId("priority-chosen");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        Button cancel = new Button();
        cancel.setId("priority-cancel");
        cancel.textProperty().bind(vm.text("home.priority.cancel"));
        cancel.getStyleClass().add("secondary-button");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> vm.clearPriority());
        HBox banner = new HBox(text, cancel);
        banner.getStyleClass().add("priority-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(Bindings.isNotEmpty(vm.priorityBanner()));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Node priorityButton() {
        Label symbol = new Label("\u267F");
        symbol.getStyleClass().add("priority-symbol");
        symbol.setMinWidth(Region.USE_PREF_SIZE);
        Label title = label("priority-button-title", vm.text("home.priority.button"));
        Label hint = label("priority-button-hint", vm.text("home.priority.hint"));
        VBox words = new VBox(title, hint);
        words.getStyleClass().add("priority-words");
        HBox content = new HBox(symbol, words);
        content.setAlignment(Pos.CENTER_LEFT);
        content.getStyleClass().add("priority-content");
        Button b = new Button();
        b.setId("priority-button");
        b.setGraphic(content);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinWidth(0);
        b.setPrefWidth(0);
        words.prefWidthProperty().bind(Bindings.max(120, b.widthProperty().subtract(TILE_CHROME)));
        words.minWidthProperty().bind(words.prefWidthProperty());
        words.maxWidthProperty().bind(words.prefWidthProperty());
        b.getStyleClass().add("priority-button");
        b.disableProperty().bind(vm.busyProperty());
        // Once a priority is chosen the banner takes its place; the button would only ask again.
        b.visibleProperty().bind(Bindings.isEmpty(vm.priorityBanner()));
        b.managedProperty().bind(b.visibleProperty());
        b.setOnAction(e -> vm.askPriority());
        return b;
    }

    static KioskLabel label(String styleClass, javafx.beans.value.ObservableValue<String> text) {
        KioskLabel l = new KioskLabel();
        l.wordsProperty().bind(text);
        l.getStyleClass().add(styleClass);
        l.setMaxWidth(Double.MAX_VALUE);
        // A wrapped label keeps the height of all its lines: "…" would hide the very words it says.
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    static void showWhenText(Label l) {
        l.visibleProperty().bind(Bindings.isNotEmpty(l.textProperty()));
        l.managedProperty().bind(l.visibleProperty());
    }
}

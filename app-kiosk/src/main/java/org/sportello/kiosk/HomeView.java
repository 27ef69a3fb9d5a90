package org.sportello.kiosk;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sportello.kiosk.card.CardNoteView;
import org.sportello.model.office.Area;

/** Home: office name, language switch, service tiles by area, the priority request. */
final class HomeView {
    private final KioskViewModel vm;
    private final VBox root = new VBox();

    HomeView(KioskViewModel vm) {
        this.vm = vm;
        root.getStyleClass().add("home");
        root.setId("home");

        Label office = new Label();
        office.textProperty().bind(vm.officeNameProperty());
        office.getStyleClass().add("office-name");
        office.setWrapText(true);
        HBox.setHgrow(office, Priority.ALWAYS);
        office.setMaxWidth(Double.MAX_VALUE);
        HBox header = new HBox(office, languageSwitch());
        header.getStyleClass().add("header");
        header.setAlignment(Pos.CENTER_LEFT);

        Label title = label("home-title", vm.text("home.title"));
        Label subtitle = label("home-subtitle", vm.text("home.subtitle"));

        VBox persons = tiles(vm.personTiles(), Area.PERSONS);
        VBox companies = tiles(vm.companyTiles(), Area.COMPANIES);
        Label personsTitle = label("section-title", vm.text("home.persons"));
        Label companiesTitle = label("section-title", vm.text("home.companies"));

        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);

        Label notice = label("notice", vm.noticeProperty());
        notice.setId("notice");
        showWhenText(notice);
        Label printer = label("notice", vm.printerWarning());
        printer.setId("printer-warning");
        showWhenText(printer);

        Node card = new CardNoteView(vm.card(), vm::text, vm::removeCard).node();
        root.getChildren().addAll(header, title, subtitle, personsTitle, persons, companiesTitle, companies, spacer,
                notice, printer, card, priorityBanner(), priorityButton());
    }

    Node node() {
        return root;
    }

    private Node languageSwitch() {
        Button it = languageButton("lang-it", "language.it", Locale.ITALIAN);
        Button en = languageButton("lang-en", "language.en", Locale.ENGLISH);
        HBox box = new HBox(it, en);
        box.getStyleClass().add("language-switch");
        return box;
    }

    private Button languageButton(String id, String key, Locale language) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(vm.text(key));
        b.getStyleClass().add("language");
        b.setOnAction(e -> vm.setLanguage(language));
        Runnable mark = () -> {
            boolean current = vm.localeProperty().get().getLanguage().equals(language.getLanguage());
            b.getStyleClass().remove("selected");
            if (current) {
                b.getStyleClass().add("selected");
            }
        };
        vm.localeProperty().addListener((o, was, now) -> mark.run());
        mark.run();
        return b;
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

        Label name = new Label(tile.name());
        name.getStyleClass().add("tile-name");
        name.setWrapText(true);
        VBox words = new VBox(name);
        words.getStyleClass().add("tile-words");
        String second = tile.open() ? tile.description() : tile.hours();
        if (!second.isBlank()) {
            Label more = new Label(second);
            more.getStyleClass().add(tile.open() ? "tile-description" : "tile-hours");
            more.setWrapText(true);
            words.getChildren().add(more);
        }
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox content = new HBox(badge, words);
        content.getStyleClass().add("tile-content");
        content.setAlignment(Pos.CENTER_LEFT);

        Button b = new Button();
        b.setId("tile-" + tile.prefix());
        b.setGraphic(content);
        b.setMaxWidth(Double.MAX_VALUE);
        b.getStyleClass().addAll("tile", area == Area.PERSONS ? "persons" : "companies");
        if (!tile.open()) {
            b.getStyleClass().add("closed");
            b.setDisable(true);
        } else {
            b.disableProperty().bind(vm.busyProperty());
        }
        b.setOnAction(e -> vm.choose(tile.prefix()));
        return b;
    }

    private Node priorityBanner() {
        Label text = label("priority-banner-text", vm.priorityBanner());
        text.setId("priority-chosen");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button();
        cancel.setId("priority-cancel");
        cancel.textProperty().bind(vm.text("home.priority.cancel"));
        cancel.getStyleClass().add("secondary-button");
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
        b.getStyleClass().add("priority-button");
        b.disableProperty().bind(vm.busyProperty());
        // Once a priority is chosen the banner takes its place; the button would only ask again.
        b.visibleProperty().bind(Bindings.isEmpty(vm.priorityBanner()));
        b.managedProperty().bind(b.visibleProperty());
        b.setOnAction(e -> vm.askPriority());
        return b;
    }

    static Label label(String styleClass, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    static void showWhenText(Label l) {
        l.visibleProperty().bind(Bindings.isNotEmpty(l.textProperty()));
        l.managedProperty().bind(l.visibleProperty());
    }
}

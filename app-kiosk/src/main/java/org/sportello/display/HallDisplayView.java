package org.sportello.display;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The board: the latest call very large, the calls before it, the waiting counts, the time. */
public final class HallDisplayView {
    private final BorderPane root = new BorderPane();
    private final HallDisplayViewModel vm;

    public HallDisplayView(HallDisplayViewModel vm) {
        this.vm = vm;
        root.setId("display-root");
        root.getStyleClass().add("display");
        root.setTop(header());
        HBox middle = new HBox(latest(), earlier());
        middle.getStyleClass().add("middle");
        root.setCenter(middle);
        root.setBottom(waiting());
    }

    public BorderPane root() {
        return root;
    }

    private Node header() {
        Label office = bound("office-name", vm.officeNameProperty());
        Label offline = new Label(HallDisplayViewModel.text(Locale.ITALIAN, "display.offline"));
        offline.getStyleClass().add("offline");
        offline.setId("offline");
        offline.visibleProperty().bind(vm.connectedProperty().not().and(Bindings.isNotEmpty(vm.officeNameProperty())));
        offline.managedProperty().bind(offline.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label date = bound("date", vm.dateProperty());
        Label time = bound("time", vm.timeProperty());
        HBox header = new HBox(office, offline, spacer, date, time);
        header.getStyleClass().add("header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node latest() {
        Node title = bilingual("panel-title", "display.latest");
        Label code = bound("latest-code", vm.latestCodeProperty());
        code.setId("latest-code");
        Label arrow = new Label("\u279C");
        arrow.getStyleClass().add("latest-arrow");
        Label counter = bound("latest-counter", vm.latestCounterProperty());
        counter.setId("latest-counter");
        HBox toCounter = new HBox(arrow, counter);
        toCounter.setAlignment(Pos.CENTER);
        toCounter.getStyleClass().add("latest-to");
        VBox call = new VBox(code, toCounter);
        call.setAlignment(Pos.CENTER);
        call.visibleProperty().bind(Bindings.isNotEmpty(vm.latestCodeProperty()));

        Label none = new Label(HallDisplayViewModel.text(Locale.ITALIAN, "display.none"));
        none.getStyleClass().add("none");
        none.visibleProperty().bind(call.visibleProperty().not());
        StackPane body = new StackPane(call, none);
        VBox.setVgrow(body, Priority.ALWAYS);

        VBox panel = new VBox(title, body);
        panel.setId("latest-panel");
        panel.getStyleClass().add("latest-panel");
        HBox.setHgrow(panel, Priority.ALWAYS);
        vm.flashingProperty().addListener((o, was, now) -> {
            panel.getStyleClass().remove("flash");
            if (now) {
                panel.getStyleClass().add("flash");
            }
        });
        return panel;
    }

    private Node earlier() {
        VBox rows = new VBox();
        rows.getStyleClass().add("earlier-rows");
        rows.setId("earlier-rows");
        Runnable rebuild = () -> rows.getChildren().setAll(vm.earlierCalls().stream().map(c -> {
            Label code = new Label(c.code());
            code.getStyleClass().add("earlier-code");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label counter = new Label(c.counter());
            counter.getStyleClass().add("earlier-counter");
            HBox row = new HBox(code, gap, counter);
            row.getStyleClass().add("earlier-row");
            row.setAlignment(Pos.CENTER_LEFT);
            return (Node) row;
        }).toList());
        vm.earlierCalls().addListener((ListChangeListener<CallRow>) c -> rebuild.run());
        rebuild.run();
        VBox panel = new VBox(bilingual("panel-title", "display.earlier"), rows);
        panel.getStyleClass().add("earlier-panel");
        return panel;
    }

    private Node waiting() {
        HBox lines = new HBox();
        lines.getStyleClass().add("waiting-lines");
        lines.setId("waiting-lines");
        Runnable rebuild = () -> lines.getChildren().setAll(vm.waitingLines().stream().map(w -> {
            Label letter = new Label(w.prefix());
            letter.getStyleClass().add("waiting-letter");
            Label count = new Label(Integer.toString(w.waiting()));
            count.getStyleClass().add("waiting-count");
            HBox top = new HBox(letter, count);
            top.getStyleClass().add("waiting-top");
            top.setAlignment(Pos.CENTER_LEFT);
            Label name = new Label(w.service());
            name.getStyleClass().add("waiting-name");
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            VBox box = new VBox(top, name);
            box.getStyleClass().add("waiting-line");
            if (!w.served()) {
                // Nobody serves this line now: say so in both languages, one a line (joined, they wrapped to a
                // third line that ran out of the tile), and grey the count. The Italian is short enough for one
                // line of a tile: "Nessuno sportello aperto" took two, and under a three-line name ("Offerte di
                // lavoro e incrocio domanda/offerta") the English ran out of the tile's bottom.
                Label closed = new Label(HallDisplayViewModel.text(Locale.ITALIAN, "display.noCounter") + "\n"
                        + HallDisplayViewModel.text(Locale.ENGLISH, "display.noCounter"));
                closed.getStyleClass().add("waiting-closed");
                closed.setWrapText(true);
                closed.setMinHeight(Region.USE_PREF_SIZE);
                closed.setId("waiting-closed-" + w.prefix());
                box.getChildren().add(closed);
                box.getStyleClass().add("unserved");
            }
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setMaxWidth(Double.MAX_VALUE);
            return (Node) box;
        }).toList());
        vm.waitingLines().addListener((ListChangeListener<WaitingLine>) c -> rebuild.run());
        rebuild.run();
        HBox title = new HBox(label("strip-title", Locale.ITALIAN, "display.waiting"),
                label("strip-title", Locale.ENGLISH, "display.waiting"));
        title.getStyleClass().add("bilingual-line");
        title.getChildren().getLast().getStyleClass().add("english");
        VBox strip = new VBox(title, lines);
        VBox.setVgrow(lines, Priority.ALWAYS);
        strip.getStyleClass().add("waiting-strip");
        return strip;
    }

    /** A heading in Italian with its English under it, smaller: the hall is for everyone at once. */
    private static Node bilingual(String styleClass, String key) {
        Label en = label(styleClass, Locale.ENGLISH, key);
        en.getStyleClass().add("english");
        VBox box = new VBox(label(styleClass, Locale.ITALIAN, key), en);
        box.getStyleClass().add("bilingual");
        return box;
    }

    private static Label label(String styleClass, Locale language, String key) {
        Label l = new Label(HallDisplayViewModel.text(language, key));
        l.getStyleClass().add(styleClass);
        return l;
    }

    private static Label bound(String styleClass, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().add(styleClass);
        return l;
    }
}

package org.sportello.selfservice;

import java.time.LocalDate;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sportello.model.offers.Course;

/**
 * The courses and workshops calendar: the next weeks, a heading for each day something starts, and
 * under it each course or workshop with its provider, place, dates and seats.
 */
final class CoursesView {
    private final TerminalViewModel vm;
    private final VBox root = new VBox();
    private final VBox list = new VBox();
    private final FlowPane chips = new FlowPane();

    CoursesView(TerminalViewModel vm) {
        this.vm = vm;
        root.setId("courses");
        root.getStyleClass().add("courses-screen");
        Label title = Views.label("screen-title", vm.text("courses.title"));
        Label subtitle = Views.label("screen-subtitle", vm.text("courses.subtitle", CoursesViewModel.DAYS));
        chips.getStyleClass().add("chips");
        list.setId("course-list");
        list.getStyleClass().add("course-list");
        ScrollPane scroll = new ScrollPane(list);
        scroll.getStyleClass().add("results-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button back = Views.button("courses-back", "back-button", vm.text("courses.back"), vm::showSearch);
        root.getChildren().addAll(title, subtitle, chips, scroll, back);
        vm.courses().courses().addListener((ListChangeListener<Course>) c -> rebuild());
        vm.courses().kindProperty().addListener(o -> rebuild());
        vm.courses().loadedProperty().addListener(o -> rebuild());
        vm.textsProperty().addListener(o -> rebuild());
        rebuild();
    }

    Node node() {
        return root;
    }

    private void rebuild() {
        TerminalTexts t = vm.texts();
        if (chips.getChildren().isEmpty()) {
            for (Course.Kind k : Course.Kind.values()) {
                Button b = new Button();
                b.setId("chip-kind-" + k.name().toLowerCase(java.util.Locale.ROOT));
                b.getStyleClass().add("chip");
                b.setFocusTraversable(false);
                b.setUserData(k);
                b.setOnAction(e -> vm.courses().toggleKind(k));
                chips.getChildren().add(b);
            }
        }
        for (Node n : chips.getChildren()) {
            Course.Kind k = (Course.Kind) n.getUserData();
            ((Button) n).setText(t.get("course.kind.plural." + k.name()));
            n.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), vm.courses().kindProperty().get() == k);
        }
        list.getChildren().clear();
        if (vm.courses().loadedProperty().get() && vm.courses().courses().isEmpty()) {
            list.getChildren().add(Views.label("results-empty", t.get("courses.none")));
        }
        LocalDate day = null;
        for (Course c : vm.courses().courses()) {
            if (!c.starts().equals(day)) {
                day = c.starts();
                list.getChildren().add(Views.label("day-heading", t.day(day)));
            }
            list.getChildren().add(entry(t, c));
        }
    }

    private static Node entry(TerminalTexts t, Course c) {
        Label kind = Views.label("course-kind", t.get("course.kind." + c.kind().name()));
        kind.getStyleClass().add(c.kind() == Course.Kind.WORKSHOP ? "kind-workshop" : "kind-course");
        Label title = Views.label("course-title", c.title());
        Label provider = Views.label("course-line", c.provider());
        String place = c.place() == null || c.place().isBlank()
                ? OfferSlips.where(c.municipality(), c.province())
                : t.get("course.place", c.place(), OfferSlips.where(c.municipality(), c.province()));
        Label where = Views.label("course-line", place);
        Label when = Views.label("course-line", c.oneDay() ? t.get("course.on", t.date(c.starts()))
                : t.get("course.from.to", t.date(c.starts()), t.date(c.ends())));
        VBox box = new VBox(new FlowPane(kind, title), provider, where, when);
        ((FlowPane) box.getChildren().getFirst()).getStyleClass().add("course-head");
        if (c.seats() > 0) {
            box.getChildren().add(Views.label("course-line", t.get("course.seats", c.seats())));
        }
        if (c.description() != null && !c.description().isBlank()) {
            box.getChildren().add(Views.label("course-description", c.description()));
        }
        box.getProperties().put("course", c.id()); // not its CSS id: see SearchView.OFFER
        box.getStyleClass().add("course-entry");
        return box;
    }
}

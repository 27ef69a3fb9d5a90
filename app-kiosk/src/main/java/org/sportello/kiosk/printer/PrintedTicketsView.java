package org.sportello.kiosk.printer;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.sportello.ui.Texts;

/** The demo's view of the paper: each ticket drawn like an 80 mm thermal ticket, newest on top. */
public final class PrintedTicketsView {
    private final VBox root = new VBox();

    public PrintedTicketsView(PrintedTicketsViewModel vm) {
        Texts it = Texts.of(Locale.ITALIAN);
        root.setId("printed-root");
        root.getStyleClass().add("printed");
        Label title = label("printed-title", it.get("printed.title"));
        Label subtitle = label("printed-subtitle", it.get("printed.subtitle"));
        Label none = label("printed-none", it.get("printed.none"));
        none.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.tickets()));
        none.managedProperty().bind(none.visibleProperty());

        VBox papers = new VBox();
        papers.setId("papers");
        papers.getStyleClass().add("papers");
        papers.setAlignment(Pos.TOP_CENTER);
        Runnable rebuild = () -> papers.getChildren().setAll(vm.tickets().stream().map(PrintedTicketsView::paper).toList());
        vm.tickets().addListener((ListChangeListener<PaperTicket>) c -> rebuild.run());
        rebuild.run();

        ScrollPane scroll = new ScrollPane(new VBox(none, papers));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("papers-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(title, subtitle, scroll);
    }

    public VBox root() {
        return root;
    }

    private static Node paper(PaperTicket t) {
        VBox paper = new VBox(
                centred("paper-office", t.office()),
                tear(),
                centred("paper-service", t.service()),
                centred("paper-code", t.code()),
                centred("paper-date", t.dateTime()),
                tear(),
                centred("paper-line", t.peopleAhead()),
                centred("paper-line", t.waitLine()));
        if (!t.priorityLine().isBlank()) {
            paper.getChildren().add(centred("paper-priority", t.priorityLine()));
        }
        paper.getChildren().addAll(tear(), centred("paper-qr", t.qrLine()), centred("paper-privacy", t.privacyLine()));
        paper.getStyleClass().add("paper");
        paper.setAlignment(Pos.TOP_CENTER);
        paper.setMaxWidth(Region.USE_PREF_SIZE);
        return paper;
    }

    private static Label centred(String styleClass, String text) {
        Label l = label(styleClass, text);
        l.setTextAlignment(TextAlignment.CENTER);
        l.setAlignment(Pos.CENTER);
        return l;
    }

    private static Label label(String styleClass, String text) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        // A wrapped line must keep its height when the list below takes the rest of the window.
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Node tear() {
        Region r = new Region();
        r.getStyleClass().add("paper-rule");
        return r;
    }
}

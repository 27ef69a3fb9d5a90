package org.sportello.kiosk.printer;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sportello.devices.printer.virtual.PrintedTicket;
import org.sportello.devices.printer.virtual.SimulatedCondition;
import org.sportello.ui.Texts;

/**
 * The demo's view of the paper: each ticket as the virtual printer drew it, newest on top, and the
 * simulated printer's paper and cover switches above them. Italian only: it is the demo
 * operator's window, not the citizen's.
 */
public final class PrintedTicketsView {

    private final VBox root = new VBox();
    private final Map<SimulatedCondition, ToggleButton> switches = new EnumMap<>(SimulatedCondition.class);

    public PrintedTicketsView(PrintedTicketsViewModel vm) {
        Texts it = Texts.of(Locale.ITALIAN);
        root.setId("printed-root");
        root.getStyleClass().add("printed");
        Label title = label("printed-title", it.get("printed.title"));
        Label subtitle = label("printed-subtitle", it.get("printed.subtitle"));
        Label none = label("printed-none", it.get("printed.none"));
        none.visibleProperty().bind(Bindings.isEmpty(vm.tickets()));
        none.managedProperty().bind(none.visibleProperty());

        VBox papers = new VBox();
        papers.setId("papers");
        papers.getStyleClass().add("papers");
        papers.setAlignment(Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(new VBox(none, papers));
        scroll.setFitToWidth(true);
        // The paper is never scaled (see paper()); a window narrower than it scrolls sideways.
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().add("papers-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        vm.tickets().addListener((ListChangeListener<PrintedTicket>) c -> {
            while (c.next()) {
                if (c.wasAdded()) {
                    // Only additions happen (newest first); each image is converted once.
                    papers.getChildren().addAll(c.getFrom(), c.getAddedSubList().stream()
                            .map(PrintedTicketsView::paper).toList());
                }
            }
        });
        vm.tickets().forEach(t -> papers.getChildren().add(paper(t)));

        root.getChildren().addAll(title, subtitle, controls(vm, it), scroll);
    }

    public VBox root() {
        return root;
    }

    /** Four switches, one always on, like the printer's own state: set by the demo user, read by the driver. */
    private Node controls(PrintedTicketsViewModel vm, Texts it) {
        ToggleGroup group = new ToggleGroup();
        FlowPane row = new FlowPane();
        row.getStyleClass().add("condition-switches");
        for (SimulatedCondition c : vm.conditions()) {
            ToggleButton b = new ToggleButton(it.get("printed.condition." + c.name()));
            b.setId("condition-" + c.name());
            b.getStyleClass().addAll("condition", c == SimulatedCondition.READY ? "fine" : "fault");
            b.setToggleGroup(group);
            b.setOnAction(e -> {
                vm.setCondition(c);
                select(vm.conditionProperty().get()); // a second click must not leave none selected
            });
            switches.put(c, b);
            row.getChildren().add(b);
        }
        vm.conditionProperty().addListener((o, was, now) -> select(now));
        select(vm.conditionProperty().get());
        Label caption = label("printed-controls", it.get("printed.controls"));
        Label hint = label("printed-hint", "");
        hint.setId("condition-hint");
        hint.textProperty().bind(vm.hintProperty());
        VBox box = new VBox(caption, row, hint);
        box.getStyleClass().add("printer-controls");
        return box;
    }

    private void select(SimulatedCondition condition) {
        switches.forEach((c, b) -> b.setSelected(c == condition));
    }

    /**
     * One dot of the 203-dpi head, one pixel: scaling a thermal print down (as this window once did)
     * merges the dots of small letters into blots, which is not what the paper looks like.
     */
    static Node paper(PrintedTicket ticket) {
        ImageView image = new ImageView(SwingFXUtils.toFXImage(ticket.image(), null));
        image.getStyleClass().add("paper-image");
        image.setSmooth(false);
        // The decoded text rides along, so tests and screen readers can tell which ticket this is.
        image.setAccessibleText(ticket.text());
        image.setUserData(ticket);
        StackPane sheet = new StackPane(image);
        sheet.getStyleClass().add("paper");
        sheet.setMaxWidth(Region.USE_PREF_SIZE);
        sheet.setMinWidth(Region.USE_PREF_SIZE);
        return sheet;
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
}

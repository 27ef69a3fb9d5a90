package org.sportello.operator.desk;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.sportello.model.sync.LinkState;
import org.sportello.operator.ui.Messages;

/** The supervisor's sync panel: a coloured link line, then last sync, backlog and the last error. */
final class SyncPanel extends VBox {
    SyncPanel(SyncPanelModel model, Messages messages) {
        setId("syncPanel");
        getStyleClass().add("sync-panel");
        Label title = new Label();
        title.textProperty().bind(messages.bind("sync.title"));
        title.getStyleClass().add("section-title");
        Label link = line("syncLink");
        link.textProperty().bind(model.linkTextProperty());
        link.getStyleClass().add("sync-link");
        Label last = line("syncLast");
        last.textProperty().bind(model.lastSyncTextProperty());
        Label backlog = line("syncBacklog");
        backlog.textProperty().bind(model.backlogTextProperty());
        Label error = line("syncError");
        error.textProperty().bind(model.errorTextProperty());
        error.getStyleClass().add("sync-error");
        error.visibleProperty().bind(model.errorTextProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        model.linkProperty().addListener((o, was, now) -> mark(link, now));
        mark(link, model.linkProperty().get());
        getChildren().addAll(title, link, last, backlog, error);
    }

    private static Label line(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        // A wrapping label in a VBox is otherwise cut to one line with an ellipsis.
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static void mark(Label link, LinkState state) {
        link.getStyleClass().removeAll("ok", "trouble", "quiet");
        link.getStyleClass().add(state == null || state == LinkState.NEVER_SYNCED ? "quiet"
                : state.isTrouble() ? "trouble" : "ok");
    }
}

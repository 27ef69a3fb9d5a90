package org.sportello.operator.desk;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sportello.model.sync.LinkState;
import org.sportello.operator.ui.Messages;

/**
 * The supervisor's sync panel: a coloured link line; last sync, backlog and open review entries on one
 * line (it shares the column with the office's queues, which must keep their room); the last error in
 * the desk's language, and under it, small, the server's technical message.
 */
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
        Label last = fact("syncLast");
        last.textProperty().bind(model.lastSyncTextProperty());
        Label backlog = fact("syncBacklog");
        backlog.textProperty().bind(model.backlogTextProperty());
        Label reviews = fact("syncReviews");
        reviews.textProperty().bind(model.reviewsTextProperty());
        reviews.visibleProperty().bind(model.reviewsTextProperty().isNotEmpty());
        reviews.managedProperty().bind(reviews.visibleProperty());
        model.openReviewsProperty().addListener((o, was, now) -> markReviews(reviews, now));
        FlowPane facts = new FlowPane(14, 2, last, backlog, reviews);
        facts.getStyleClass().add("sync-facts");
        Label error = line("syncError");
        error.textProperty().bind(model.errorTextProperty());
        error.getStyleClass().add("sync-error");
        error.visibleProperty().bind(model.errorTextProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label detail = new Label();
        detail.setId("syncDetail");
        detail.setMaxWidth(Double.MAX_VALUE);
        detail.textProperty().bind(model.detailTextProperty());
        detail.getStyleClass().add("sync-detail");
        // One line: the full message is in the tooltip and in "sportello sync status".
        Tooltip full = new Tooltip();
        full.textProperty().bind(model.detailTextProperty());
        full.setWrapText(true);
        full.setMaxWidth(520);
        detail.setTooltip(full);
        detail.visibleProperty().bind(model.detailTextProperty().isNotEmpty());
        detail.managedProperty().bind(detail.visibleProperty());
        model.linkProperty().addListener((o, was, now) -> mark(link, now));
        mark(link, model.linkProperty().get());
        getChildren().addAll(title, link, facts, error, detail);
        // The column gives way at the recent-activity list, never here.
        setMinHeight(Region.USE_PREF_SIZE);
    }

    private static Label line(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        // A wrapping label in a VBox is otherwise cut to one line with an ellipsis.
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label fact(String id) {
        Label l = new Label();
        l.setId(id);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static void markReviews(Label reviews, Integer open) {
        reviews.getStyleClass().remove("attention");
        if (open != null && open > 0) {
            reviews.getStyleClass().add("attention");
        }
    }

    private static void mark(Label link, LinkState state) {
        link.getStyleClass().removeAll("ok", "trouble", "quiet");
        link.getStyleClass().add(state == null || state == LinkState.NEVER_SYNCED ? "quiet"
                : state.isTrouble() ? "trouble" : "ok");
    }
}

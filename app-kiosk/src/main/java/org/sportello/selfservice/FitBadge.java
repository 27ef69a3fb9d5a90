package org.sportello.selfservice;

import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.sportello.model.offers.Fit;
import org.sportello.model.offers.FitReason;

/**
 * How well an offer fits the citizen whose card is shown: the score large, a word for it, and on the
 * offer's page every reason, met (✓) and missing (✗), in plain sentences.
 */
final class FitBadge {
    private FitBadge() {
    }

    /** The score beside a result: "80%" over "Adatta a lei". */
    static Node of(TerminalTexts t, Fit fit) {
        Label score = whole(Views.label("fit-score", t.get("fit.score", fit.score())));
        Label word = whole(Views.label("fit-word", t.get(level(fit))));
        VBox box = new VBox(score, word);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().addAll("fit-badge", level(fit).replace('.', '-'));
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** The same on one line, "80% Adatta a lei", for a result too narrow to have it beside. */
    static Node inline(TerminalTexts t, Fit fit) {
        Label score = whole(Views.label("fit-score", t.get("fit.score", fit.score())));
        Label word = whole(Views.label("fit-word", t.get(level(fit))));
        // A flow, not a row: where "67%" and "Abbastanza adatta" do not fit on one line the words go under the
        // score, inside the badge (a row kept one line's height and the second line hung below the badge).
        FlowPane box = new FlowPane(score, word);
        box.setAlignment(Pos.BASELINE_LEFT);
        box.setRowValignment(javafx.geometry.VPos.BASELINE);
        // One line wide where there is room (a flow's preferred width is its wrap length).
        box.prefWrapLengthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> score.prefWidth(-1) + box.getHgap() + word.prefWidth(-1),
                score.fontProperty(), word.fontProperty(), box.hgapProperty()));
        box.getStyleClass().addAll("fit-badge", "fit-inline", level(fit).replace('.', '-'));
        box.setMaxWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /**
     * Never narrower than its longest word: squeezed by a narrow result, the badge showed "6 / 7%" and
     * "Abbastan / za adatta". It may still wrap between words ("Abbastanza / adatta"). The width follows the
     * font the stylesheet gives (bold, larger in large-text mode).
     */
    private static Label whole(Label label) {
        Text probe = new Text();
        InvalidationListener fit = o -> {
            probe.setFont(label.getFont());
            double widest = 0;
            for (String w : (label.getText() == null ? "" : label.getText()).split("\\s+")) {
                probe.setText(w);
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
            label.setMinWidth(Math.ceil(widest) + label.snappedLeftInset() + label.snappedRightInset() + 1);
        };
        label.fontProperty().addListener(fit);
        label.textProperty().addListener(fit);
        label.insetsProperty().addListener(fit);
        fit.invalidated(null);
        return label;
    }

    /** Good (70 and more), partial (40 to 69), weak. */
    static String level(Fit fit) {
        return fit.score() >= 70 ? "fit.good" : fit.score() >= 40 ? "fit.partial" : "fit.weak";
    }

    /** The page's explanation: the score and each reason on its own line. */
    static Node explained(TerminalTexts t, String firstName, Fit fit) {
        VBox box = new VBox();
        box.setId("fit-box");
        box.getStyleClass().add("fit-box");
        Label title = Views.label("fit-title", t.get("fit.title", firstName, fit.score()));
        title.setId("fit-title");
        box.getChildren().add(title);
        for (FitReason r : fit.reasons()) {
            Label l = Views.label(r.met() ? "reason-met" : "reason-missing",
                    t.get(r.met() ? "fit.mark.met" : "fit.mark.missing", FitSentences.sentence(t, r)));
            l.getStyleClass().add("reason");
            box.getChildren().add(l);
        }
        return box;
    }
}

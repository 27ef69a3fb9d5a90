package org.sportello.selfservice;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
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
        Label score = Views.label("fit-score", t.get("fit.score", fit.score()));
        Label word = Views.label("fit-word", t.get(level(fit)));
        VBox box = new VBox(score, word);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().addAll("fit-badge", level(fit).replace('.', '-'));
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** The same on one line, "80% Adatta a lei", for a result too narrow to have it beside. */
    static Node inline(TerminalTexts t, Fit fit) {
        Label score = Views.label("fit-score", t.get("fit.score", fit.score()));
        Label word = Views.label("fit-word", t.get(level(fit)));
        HBox box = new HBox(score, word);
        box.setAlignment(Pos.BASELINE_LEFT);
        box.getStyleClass().addAll("fit-badge", "fit-inline", level(fit).replace('.', '-'));
        box.setMaxWidth(Region.USE_PREF_SIZE);
        return box;
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

package org.sportello.kiosk.card;

import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.sportello.kiosk.KioskLabel;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A calm note on the home screen while a health card is held for the next ticket ("Tessera
 * sanitaria letta ••••562S") or when one could not be read (the citizen may take a ticket anyway),
 * with a large button to remove it. Hidden when no card was shown.
 */
public final class CardNoteView {
    /** The texts of the note, in the kiosk's current language. */
    public interface Words {
        StringBinding text(String key, Object... args);
    }

    private final HBox root = new HBox();

    public CardNoteView(HealthCard card, Words words, Runnable remove) {
        root.setId("card-note");
        root.getStyleClass().add("card-note");
        root.setAlignment(Pos.CENTER_LEFT);

        // A small drawn card (no emoji font on a kiosk): blue body, the chip in gold.
        Region chip = new Region();
        chip.getStyleClass().add("card-note-chip");
        StackPane symbol = new StackPane(chip);
        symbol.getStyleClass().add("card-note-symbol");
        StackPane.setAlignment(chip, Pos.CENTER_LEFT);
        // KioskLabel: its words wrap in every language, Arabic included (a plain wrapping Label cannot
        // lay out right-to-left lines in JavaFX 26.0.2 and takes the whole home screen down with it).
        KioskLabel title = new KioskLabel();
        title.setId("card-note-title");
        title.getStyleClass().add("card-note-title");
        Label code = new Label();
        code.setId("card-note-code");
        code.getStyleClass().add("card-note-code");
        KioskLabel detail = new KioskLabel();
        detail.setId("card-note-detail");
        detail.getStyleClass().add("card-note-detail");
        for (Label l : new Label[] {title, code, detail}) {
            // Wrapped lines keep their height: a cut-off "…" would hide the very thing the note says.
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        // The masked code and the button keep their whole width (a cut code is no code); on a narrow
        // screen in large text the title and detail wrap around them instead.
        code.setMinWidth(Region.USE_PREF_SIZE);
        VBox texts = new VBox(title, code, detail);
        texts.getStyleClass().add("card-note-words");
        HBox.setHgrow(texts, Priority.ALWAYS);
        texts.setMaxWidth(Double.MAX_VALUE);

        Button removeButton = new Button();
        removeButton.setId("card-remove");
        removeButton.getStyleClass().add("secondary-button");
        removeButton.textProperty().bind(words.text("card.remove"));
        removeButton.setOnAction(e -> remove.run());
        removeButton.setMinWidth(Region.USE_PREF_SIZE);
        root.getChildren().addAll(symbol, texts, removeButton);

        Runnable draw = () -> {
            HealthCard.Shown shown = card.shownProperty().get();
            root.getStyleClass().remove("unreadable");
            switch (shown) {
                case null -> {
                    title.wordsProperty().unbind();
                    detail.wordsProperty().unbind();
                    code.setText("");
                }
                case HealthCard.Shown.Read r -> {
                    title.wordsProperty().bind(words.text("card.read"));
                    code.setText(r.masked());
                    detail.wordsProperty().bind(words.text("card.read.detail"));
                }
                case HealthCard.Shown.Unreadable u -> {
                    root.getStyleClass().add("unreadable");
                    code.setText("");
                    title.wordsProperty().bind(words.text("card.unreadable"));
                    detail.wordsProperty().bind(words.text("card.unreadable.detail"));
                }
            }
            code.setVisible(!code.getText().isEmpty());
            code.setManaged(code.isVisible());
            // Last, once the words are in place.
            root.setVisible(shown != null);
            root.setManaged(shown != null);
        };
        card.shownProperty().addListener((o, was, now) -> draw.run());
        draw.run();
    }

    public Node node() {
        return root;
    }
}

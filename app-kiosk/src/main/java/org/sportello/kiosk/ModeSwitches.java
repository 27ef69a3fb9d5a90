package org.sportello.kiosk;

import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The two switches for the citizen's {@link DisplayModes}, the same at the kiosk and the terminal: a
 * sign a citizen can recognise without reading (◐, A+) above or beside the words, which each screen's
 * stylesheet places. Ids {@code mode-contrast} and {@code mode-large}; texts {@code access.contrast}
 * and {@code access.large} from the screen's own bundle.
 */
public final class ModeSwitches {
    private ModeSwitches() {
    }

    /**
     * @param text     the screen's words for a key, following its language
     * @param switched after a switch has changed its mode (the citizen is still there: the idle timer starts again)
     */
    public static Region of(DisplayModes modes, Function<String, ObservableValue<String>> text, Runnable switched) {
        ToggleButton contrast = modeSwitch("mode-contrast", text.apply("access.contrast"), "\u25D0", switched);
        contrast.selectedProperty().bindBidirectional(modes.highContrastProperty());
        ToggleButton large = modeSwitch("mode-large", text.apply("access.large"), "A+", switched);
        large.selectedProperty().bindBidirectional(modes.largeTextProperty());
        HBox box = new HBox(contrast, large);
        box.getStyleClass().add("mode-switches");
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private static ToggleButton modeSwitch(String id, ObservableValue<String> words, String symbol, Runnable switched) {
        Label sign = new Label(symbol);
        sign.getStyleClass().add("mode-symbol");
        ToggleButton b = new ToggleButton();
        b.setId(id);
        b.setGraphic(sign);
        b.textProperty().bind(words);
        b.getStyleClass().add("mode-switch");
        b.setMnemonicParsing(false);
        b.setFocusTraversable(false);
        b.setMinHeight(Region.USE_PREF_SIZE);
        b.setMinWidth(Region.USE_PREF_SIZE);
        // The action comes after the toggle: the mode is already what the citizen chose.
        b.setOnAction(e -> switched.run());
        return b;
    }
}

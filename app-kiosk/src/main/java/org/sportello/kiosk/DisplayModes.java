package org.sportello.kiosk;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The display modes a citizen switches on for themselves at the kiosk or the self-consultation
 * terminal: high contrast (light text on black, thick borders) and large text (everything a quarter
 * larger, laid out again by {@link KioskFrame}). Both are the citizen's, not the office's: the idle
 * reset turns them off for the next person.
 */
public final class DisplayModes {
    private final BooleanProperty highContrast = new SimpleBooleanProperty(false);
    private final BooleanProperty largeText = new SimpleBooleanProperty(false);

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    public BooleanProperty largeTextProperty() {
        return largeText;
    }

    public void toggleHighContrast() {
        highContrast.set(!highContrast.get());
    }

    public void toggleLargeText() {
        largeText.set(!largeText.get());
    }

    /** Whether the next citizen would find the screen other than usual. */
    public boolean any() {
        return highContrast.get() || largeText.get();
    }

    /** The usual display again, for the next citizen. */
    public void reset() {
        highContrast.set(false);
        largeText.set(false);
    }
}

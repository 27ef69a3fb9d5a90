package org.sportello.kiosk.card;

import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import org.sportello.devices.card.WedgeCardReader;

/**
 * A barcode or stripe reader that types like a keyboard, at a kiosk. Nobody types on a touch kiosk
 * (it has no text field and no keyboard), so every line typed is the reader's: the characters up to
 * Enter go to the {@link WedgeCardReader}, which decodes them like any other card.
 */
public final class WedgeKeys {
    /** A stripe holds at most 79 + 40 characters; anything longer is a stuck key, not a card. */
    private static final int LONGEST = 160;

    private final WedgeCardReader reader;
    private final StringBuilder line = new StringBuilder();
    private final EventHandler<KeyEvent> filter = this::typed;

    public WedgeKeys(WedgeCardReader reader) {
        this.reader = reader;
    }

    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_TYPED, filter);
    }

    private void typed(KeyEvent e) {
        String chars = e.getCharacter();
        if (chars == null || chars.isEmpty() || chars.equals(KeyEvent.CHAR_UNDEFINED)) {
            return;
        }
        e.consume();
        for (char c : chars.toCharArray()) {
            if (c == '\r' || c == '\n') {
                if (!line.isEmpty()) {
                    reader.offer(line.toString());
                }
                line.setLength(0);
            } else if (line.length() < LONGEST) {
                line.append(c);
            } else {
                line.setLength(0);
            }
        }
    }
}

package org.sportello.kiosk.card;

import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import org.sportello.devices.card.WedgeCardReader;
import org.sportello.model.seal.SealPayload;

/**
 * A barcode or stripe reader that types like a keyboard, at a kiosk. Nobody types on a touch kiosk
 * (it has no text field and no keyboard), so every line typed is the reader's: the characters up to
 * Enter go to the {@link WedgeCardReader}, which decodes them like any other card. A 2D reader also
 * reads the QR of an appointment letter: a line that is one (its seal's {@code SPT} prefix), or any
 * line when there is no card reader, goes to {@code letters} instead.
 */
public final class WedgeKeys {
    /** A stripe holds at most 79 + 40 characters; anything longer is a stuck key, not a card. */
    private static final int LONGEST = 160;

    private final WedgeCardReader reader;
    private final Consumer<String> letters;
    private final StringBuilder line = new StringBuilder();
    private final EventHandler<KeyEvent> filter = this::typed;

    public WedgeKeys(WedgeCardReader reader) {
        this(reader, null);
    }

    /**
     * @param reader  the card reader, or null when the wedge is only a barcode scanner
     * @param letters told every letter's code (on the FX thread), or null
     */
    public WedgeKeys(WedgeCardReader reader, Consumer<String> letters) {
        if (reader == null && letters == null) {
            throw new IllegalArgumentException("a wedge with nowhere to send its lines");
        }
        this.reader = reader;
        this.letters = letters;
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
                    String typed = line.toString();
                    boolean letter = typed.regionMatches(true, 0, SealPayload.VERSION, 0, SealPayload.VERSION.length());
                    if (letters != null && (letter || reader == null)) {
                        letters.accept(typed);
                    } else {
                        reader.offer(typed);
                    }
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

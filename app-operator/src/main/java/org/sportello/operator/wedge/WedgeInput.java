package org.sportello.operator.wedge;

import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import org.sportello.devices.scanner.KeyBurst;
import org.sportello.devices.scanner.KeystrokeBurstDetector;

/**
 * Keyboard-wedge devices (badge readers, barcode and stripe readers) type like a keyboard into
 * whatever has focus. This filter on the Scene sees every typed character first and holds it for a
 * few milliseconds while {@link KeystrokeBurstDetector} tells a device's burst (fast, ends with
 * Enter) from a person typing: bursts go to the {@link ScanHandler}, whatever has focus; typing is
 * given back to the focused control as it came, in order, nothing lost.
 *
 * <p>Keys that act at once (Tab, arrows, Backspace, function keys) first give back what is held, so
 * a fast typist's last letters land in the field they were typed in. An Enter pressed while keys
 * are held waits for the verdict: a device's Enter is swallowed, a person's is replayed after the text.
 */
public final class WedgeInput {
    /** Decides about a burst; false gives it back as typing (it did not look like anything a device here sends). */
    @FunctionalInterface
    public interface ScanHandler {
        boolean onScan(String burst);
    }

    /** How often held keys are checked for a gap long enough to be human. */
    static final Duration TICK = Duration.millis(15);
    private static final Set<KeyCode> ACT_AT_ONCE = Set.of(KeyCode.TAB, KeyCode.BACK_SPACE, KeyCode.DELETE,
            KeyCode.ESCAPE, KeyCode.HOME, KeyCode.END, KeyCode.PAGE_UP, KeyCode.PAGE_DOWN);

    private final KeystrokeBurstDetector detector;
    private final LongSupplier nanoClock;
    private final ScanHandler handler;
    private final Timeline ticker;
    private final EventHandler<KeyEvent> typedFilter = this::onTyped;
    private final EventHandler<KeyEvent> pressedFilter = this::onPressed;
    private final EventHandler<KeyEvent> releasedFilter = this::onReleased;
    private Scene scene;
    private boolean replaying;
    private KeyEvent heldEnter;
    private boolean swallowEnterRelease;

    public WedgeInput(KeystrokeBurstDetector detector, LongSupplier nanoClock, ScanHandler handler) {
        this.detector = detector;
        this.nanoClock = nanoClock;
        this.handler = handler;
        this.ticker = new Timeline(new KeyFrame(TICK, e -> apply(detector.tick(nanoClock.getAsLong()))));
        ticker.setCycleCount(Animation.INDEFINITE);
    }

    /** With the detector's defaults (40 ms between keys, 6 characters at least, Enter) and the system clock. */
    public static WedgeInput defaults(ScanHandler handler) {
        return new WedgeInput(KeystrokeBurstDetector.defaults(), System::nanoTime, handler);
    }

    public void install(Scene target) {
        this.scene = target;
        target.addEventFilter(KeyEvent.KEY_TYPED, typedFilter);
        target.addEventFilter(KeyEvent.KEY_PRESSED, pressedFilter);
        target.addEventFilter(KeyEvent.KEY_RELEASED, releasedFilter);
        ticker.play();
    }

    public void uninstall() {
        ticker.stop();
        if (scene != null) {
            scene.removeEventFilter(KeyEvent.KEY_TYPED, typedFilter);
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, pressedFilter);
            scene.removeEventFilter(KeyEvent.KEY_RELEASED, releasedFilter);
        }
    }

    private void onTyped(KeyEvent e) {
        if (replaying) {
            return;
        }
        String chars = e.getCharacter();
        if (chars.isEmpty() || chars.equals(KeyEvent.CHAR_UNDEFINED) || e.isControlDown() || e.isMetaDown()) {
            return;
        }
        e.consume();
        long now = nanoClock.getAsLong();
        for (char c : chars.toCharArray()) {
            apply(detector.onKey(c, now));
        }
    }

    private void onPressed(KeyEvent e) {
        if (replaying) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER && detector.holding()) {
            heldEnter = e.copyFor(e.getSource(), e.getTarget());
            swallowEnterRelease = true;
            e.consume();
        } else if (detector.holding() && (ACT_AT_ONCE.contains(e.getCode()) || e.getCode().isArrowKey()
                || e.getCode().isFunctionKey())) {
            apply(detector.tick(Long.MAX_VALUE));
        }
    }

    private void onReleased(KeyEvent e) {
        if (!replaying && swallowEnterRelease && e.getCode() == KeyCode.ENTER) {
            swallowEnterRelease = false;
            e.consume();
        }
    }

    private void apply(List<KeyBurst> decided) {
        for (KeyBurst burst : decided) {
            switch (burst) {
                case KeyBurst.Scanned scan -> {
                    if (handler.onScan(scan.text())) {
                        heldEnter = null; // the device's Enter ended the burst: it does nothing else
                    } else {
                        giveBack(scan.text() + "\r");
                    }
                }
                case KeyBurst.Typed typed -> giveBack(typed.text());
            }
        }
    }

    /** Replays typed characters to the focused control; an Enter among them replays the held key press. */
    private void giveBack(String text) {
        EventTarget target = focus();
        if (target == null) {
            return;
        }
        replaying = true;
        try {
            for (char c : text.toCharArray()) {
                if (c == '\r' || c == '\n') {
                    if (heldEnter != null) {
                        KeyEvent press = heldEnter;
                        heldEnter = null;
                        Event.fireEvent(focus(), press.copyFor(press.getSource(), focus()));
                    }
                    continue;
                }
                Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                        false, false, false, false));
            }
        } finally {
            replaying = false;
        }
    }

    private EventTarget focus() {
        if (scene == null) {
            return null;
        }
        Node owner = scene.getFocusOwner();
        return owner != null ? owner : scene.getRoot();
    }
}

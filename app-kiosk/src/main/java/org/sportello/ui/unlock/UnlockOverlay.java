package org.sportello.ui.unlock;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.sportello.ui.Texts;

/**
 * The password prompt over a locked kiosk or hall display, opened by {@link UnlockGate#SEQUENCE}. It
 * closes by itself after half a minute without typing, so a citizen never finds it open.
 */
public final class UnlockOverlay {
    private static final Duration IDLE = Duration.seconds(30);
    /** What a locked app ends with after a technician's unlock: the appliance's session then leaves the screen to the console. */
    public static final int UNLOCKED_EXIT = 64;

    private final VBox root = new VBox(16);
    private final PasswordField password = new PasswordField();
    private final Label message = new Label();
    private final PauseTransition idle = new PauseTransition(IDLE);

    private UnlockOverlay(UnlockGate gate, Runnable unlocked, Texts texts) {
        root.setId("technician-unlock");
        root.setAlignment(Pos.CENTER);
        root.setStyle("-fx-background-color: rgba(0,0,0,0.85); -fx-padding: 48;");
        Label title = new Label(texts.get("unlock.title"));
        title.setStyle("-fx-text-fill: white; -fx-font-size: 28px; -fx-font-weight: bold;");
        message.setStyle("-fx-text-fill: #ffd966; -fx-font-size: 18px;");
        password.setId("unlock-password");
        password.setMaxWidth(360);
        password.setPromptText(texts.get("unlock.prompt"));
        Button ok = new Button(texts.get("unlock.ok"));
        ok.setId("unlock-ok");
        ok.setDefaultButton(true);
        Button cancel = new Button(texts.get("unlock.cancel"));
        cancel.setId("unlock-cancel");
        cancel.setCancelButton(true);
        root.getChildren().addAll(title, password, message, new HBox(12, ok, cancel));
        ((HBox) root.getChildren().get(3)).setAlignment(Pos.CENTER);
        root.setVisible(false);
        ok.setOnAction(e -> {
            switch (gate.attempt(password.getText().toCharArray())) {
                case UNLOCKED -> {
                    hide();
                    unlocked.run();
                }
                case WRONG -> show(texts.get("unlock.wrong"));
                case LOCKED_OUT -> show(texts.get("unlock.locked"));
            }
        });
        cancel.setOnAction(e -> hide());
        idle.setOnFinished(e -> hide());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> idle.playFromStart());
    }

    /**
     * Puts the gate over the scene's content: the key sequence opens it, the right password runs
     * {@code unlocked} (the app then ends with {@code Layout.UNLOCKED_EXIT}, and the appliance's session
     * leaves the screen to the console).
     */
    /**
     * Locks the scene when the app runs as an appliance (its unit sets {@link UnlockFile#VARIABLE}); in a
     * window on a developer's or technician's PC there is nothing to unlock. The kiosk, the display and
     * the self-service terminal all lock this way.
     */
    public static void lockIfAppliance(Scene scene, Map<String, String> environment, Runnable unlocked) {
        UnlockFile.hash(environment).ifPresent(hash ->
                install(scene, new UnlockGate(hash, Clock.systemUTC()), unlocked));
    }

    public static UnlockOverlay install(Scene scene, UnlockGate gate, Runnable unlocked) {
        UnlockOverlay overlay = new UnlockOverlay(gate, unlocked, Texts.of(Locale.ITALIAN));
        Parent content = scene.getRoot();
        scene.setRoot(new StackPane(content, overlay.root));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UnlockGate.opens(e.getCode().getName(), e.isControlDown(), e.isAltDown(), e.isShiftDown())) {
                e.consume();
                overlay.show("");
            }
        });
        return overlay;
    }

    private void show(String text) {
        message.setText(text);
        password.clear();
        root.setVisible(true);
        password.requestFocus();
        idle.playFromStart();
    }

    private void hide() {
        idle.stop();
        password.clear();
        message.setText("");
        root.setVisible(false);
    }

    Node node() {
        return root;
    }

    boolean showing() {
        return root.isVisible();
    }
}

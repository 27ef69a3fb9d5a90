package org.sportello.display;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.sportello.link.OfficeLink;
import org.sportello.ui.DesignFit;
import org.sportello.ui.Dispatch;
import org.sportello.ui.Texts;

/**
 * Starts the hall display board in a stage, laid out for a 1920x1080 TV and scaled to any window. On a
 * station's link ({@link org.sportello.link.StationLink}) the office server pushes each call as it
 * happens; on a link to services in the same process (tests) the log is polled.
 */
public final class HallDisplayApp {
    public static final double WIDTH = 1920;
    public static final double HEIGHT = 1080;

    private HallDisplayApp() {
    }

    /** The demo's board: default timings and the screen's own chime. */
    public static HallDisplayViewModel start(Stage stage, OfficeLink office, boolean fullScreen) {
        return start(stage, office, fullScreen, HallSettings.defaults());
    }

    public static HallDisplayViewModel start(Stage stage, OfficeLink office, boolean fullScreen, HallSettings settings) {
        return start(stage, office, fullScreen, settings, new ToneChime());
    }

    /** For tests: their clock, timings and chime. */
    public static HallDisplayViewModel start(Stage stage, OfficeLink office, boolean fullScreen, HallSettings settings,
                                             Chime chime) {
        return start(stage, office, fullScreen, settings, chime, CallOutput.NONE);
    }

    /**
     * With the workstation's boards and voice ({@code output}, e.g. {@link
     * org.sportello.display.devices.HallDevices}), closed with the window when it is closeable.
     */
    public static HallDisplayViewModel start(Stage stage, OfficeLink office, boolean fullScreen, HallSettings settings,
                                             Chime chime, CallOutput output) {
        Dispatch dispatch = Dispatch.threads("display", Platform::runLater);
        HallDisplayViewModel vm = new HallDisplayViewModel(new LinkedHallSource(office), dispatch, settings, chime,
                output);
        DesignFit fit = new DesignFit(new HallDisplayView(vm).root(), WIDTH, HEIGHT);
        Scene scene = new Scene(fit, WIDTH * 2 / 3, HEIGHT * 2 / 3);
        scene.getStylesheets().add(HallDisplayApp.class.getResource("display.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(Texts.of(Texts.ITALIAN).get("display.window"));
        if (fullScreen) {
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        }
        stage.setOnHidden(e -> {
            vm.stop();
            dispatch.close();
            for (Object part : new Object[] {chime, output}) {
                if (part instanceof AutoCloseable c) {
                    try {
                        c.close();
                    } catch (Exception ignored) {
                        // Closing a sound line or a serial port at shutdown cannot be helped if it fails.
                    }
                }
            }
        });
        vm.start();
        stage.show();
        return vm;
    }
}

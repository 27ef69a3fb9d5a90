package org.sportello.display.devices;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sportello.ui.Texts;

/** Opens the window of the simulated hall boards and voice (the demo, {@code ./station display --windowed}). */
public final class SimulatedDevicesApp {
    private SimulatedDevicesApp() {
    }

    public static SimulatedDevicesViewModel start(Stage stage, HallDevices devices) {
        Texts texts = Texts.of(Texts.ITALIAN);
        SimulatedDevicesViewModel model = new SimulatedDevicesViewModel(devices, Platform::runLater);
        Scene scene = new Scene(new SimulatedDevicesView(model, texts).root(), 520, 330);
        scene.getStylesheets().add(SimulatedDevicesApp.class.getResource("devices.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(texts.get("devices.window"));
        stage.show();
        return model;
    }
}

package org.sportello.display.devices;

import org.sportello.devices.board.AlphaBoardConfig;
import org.sportello.devices.board.BoardText;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sportello.ui.Texts;

/** The simulated boards as amber LED lines, and the last announcements as the words spoken. */
public final class SimulatedDevicesView {
    private final SimulatedDevicesViewModel model;
    private final Texts texts;
    private final VBox root = new VBox();
    private final VBox boardBox = new VBox();
    private final VBox spokenBox = new VBox();

    public SimulatedDevicesView(SimulatedDevicesViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        root.getStyleClass().add("devices-root");
        root.setId("simulatedDevices");
        Label title = new Label(texts.get("devices.title"));
        title.getStyleClass().add("devices-title");
        Label subtitle = new Label(texts.get("devices.subtitle"));
        subtitle.getStyleClass().add("devices-subtitle");
        subtitle.setWrapText(true);
        subtitle.setMinHeight(Region.USE_PREF_SIZE); // the announcements give way, not the explanation
        boardBox.getStyleClass().add("devices-boards");
        Label voice = new Label(texts.get("devices.voice"));
        voice.getStyleClass().add("devices-section");
        spokenBox.getStyleClass().add("devices-spoken");
        // The last announcements take the room left and scroll in it: on a small window the list would
        // otherwise run off the bottom, with the newest line (the first) the only one sure to show.
        ScrollPane spokenScroll = new ScrollPane(spokenBox);
        spokenScroll.setId("spoken-scroll");
        spokenScroll.setFitToWidth(true);
        spokenScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        spokenScroll.getStyleClass().add("devices-spoken-scroll");
        VBox.setVgrow(spokenScroll, Priority.ALWAYS);
        root.getChildren().addAll(title, subtitle, boardBox, voice, spokenScroll);
        model.boards().addListener((ListChangeListener<SimulatedDevicesViewModel.BoardLine>) c -> drawBoards());
        model.spoken().addListener((ListChangeListener<SimulatedDevicesViewModel.SpokenLine>) c -> drawSpoken());
        drawBoards();
        drawSpoken();
    }

    private void drawBoards() {
        boardBox.getChildren().clear();
        for (SimulatedDevicesViewModel.BoardLine line : model.boards()) {
            Label name = new Label(line.target().isHall() ? texts.get("devices.board.hall", line.name())
                    : texts.get("devices.board.counter", line.target().counter().getAsInt(), line.name()));
            name.getStyleClass().add("devices-board-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            String whole = line.ticket().isEmpty() ? "" : line.target().isHall()
                    ? texts.get("devices.led.hall", line.ticket(), line.counter()) : line.ticket();
            // As the default real board of that kind would show it: short form or scrolling, never cut.
            BoardText shown = BoardText.fit(whole, line.target().isHall()
                    ? AlphaBoardConfig.HALL_COLUMNS : AlphaBoardConfig.COUNTER_COLUMNS);
            Label led = new Label(shown.text());
            led.setMinWidth(Region.USE_PREF_SIZE);
            if (shown.scrolls()) {
                led.getStyleClass().add("scrolling");
            }
            led.setId("board-" + line.name());
            led.getStyleClass().add("devices-led");
            led.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(led, Priority.ALWAYS);
            HBox row = new HBox(10, name, led);
            row.setAlignment(Pos.CENTER_LEFT);
            if (!line.ok()) {
                Label failed = new Label(texts.get("devices.failed"));
                failed.getStyleClass().add("devices-failed");
                row.getChildren().add(failed);
            }
            boardBox.getChildren().add(row);
        }
    }

    private void drawSpoken() {
        spokenBox.getChildren().clear();
        if (model.spoken().isEmpty()) {
            Label none = new Label(texts.get("devices.voice.none"));
            none.getStyleClass().add("devices-subtitle");
            spokenBox.getChildren().add(none);
            return;
        }
        int i = 0;
        for (SimulatedDevicesViewModel.SpokenLine line : model.spoken()) {
            Label words = new Label(line.language() + "  " + line.words()
                    + (line.played() ? "" : "  — " + texts.get("devices.voice.failed", line.detail())));
            words.setId("spoken-" + i++);
            words.getStyleClass().add(line.played() ? "devices-words" : "devices-failed");
            words.setWrapText(true);
            spokenBox.getChildren().add(words);
        }
    }

    public Parent root() {
        return root;
    }
}

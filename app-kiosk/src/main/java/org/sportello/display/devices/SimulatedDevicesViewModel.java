package org.sportello.display.devices;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sportello.devices.board.BoardCall;
import org.sportello.devices.board.BoardResult;
import org.sportello.devices.voice.AnnouncementResult;
import org.sportello.devices.voice.ClipPlanner;

/**
 * What the hall's boards show and what the voice said, for a window beside the demo's hall display:
 * on a laptop there is no LED board on the wall and the simulated announcer has no speaker. Fed by
 * the same {@link HallDevices} the real ones would be.
 */
public final class SimulatedDevicesViewModel {
    static final int ANNOUNCEMENTS_SHOWN = 5;

    /** One board: its name in devices.properties, whom it serves, what it shows, whether it took the update. */
    public record BoardLine(String name, BoardTarget target, String ticket, String counter, boolean ok) {
    }

    /** One announcement: the words in the order the clips play them, and whether it played. */
    public record SpokenLine(String words, String language, boolean played, String detail) {
    }

    private final ObservableList<BoardLine> boards = FXCollections.observableArrayList();
    private final ObservableList<SpokenLine> spoken = FXCollections.observableArrayList();

    public SimulatedDevicesViewModel(HallDevices devices, Executor ui) {
        devices.boards().keySet().forEach(name -> boards.add(new BoardLine(name, BoardTarget.of(name), "", "", true)));
        devices.addListener(new HallDevices.Listener() {
            @Override
            public void boardUpdated(String board, BoardCall call, BoardResult result) {
                ui.execute(() -> update(board, call, result));
            }

            @Override
            public void announced(AnnouncementResult result) {
                ui.execute(() -> add(result));
            }
        });
    }

    private void update(String board, BoardCall call, BoardResult result) {
        for (int i = 0; i < boards.size(); i++) {
            BoardLine line = boards.get(i);
            if (line.name().equals(board)) {
                boards.set(i, result.sent()
                        ? new BoardLine(board, line.target(), call == null ? "" : call.ticketCode(),
                                call == null ? "" : call.counter(), true)
                        : new BoardLine(board, line.target(), line.ticket(), line.counter(), false));
            }
        }
    }

    private void add(AnnouncementResult result) {
        spoken.addFirst(new SpokenLine(words(result), result.announcement().language().folder().toUpperCase(Locale.ROOT),
                result.played(), result.detail()));
        while (spoken.size() > ANNOUNCEMENTS_SHOWN) {
            spoken.removeLast();
        }
    }

    /** "♪ numero A 0 2 3 sportello 5": the clip plan the announcer played, as words. */
    static String words(AnnouncementResult result) {
        List<String> words = new ArrayList<>();
        for (String clip : ClipPlanner.plan(result.announcement())) {
            words.add(clip.equals(ClipPlanner.CHIME) ? "♪" : clip.substring(clip.indexOf('/') + 1));
        }
        return String.join(" ", words);
    }

    public ObservableList<BoardLine> boards() {
        return boards;
    }

    /** Newest first. */
    public ObservableList<SpokenLine> spoken() {
        return spoken;
    }
}

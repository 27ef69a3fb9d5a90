package org.sportello.display.devices;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sportello.devices.board.BoardCall;
import org.sportello.devices.board.BoardResult;
import org.sportello.devices.board.DisplayBoard;
import org.sportello.devices.config.DeviceConfig;
import org.sportello.devices.config.DeviceFactory;
import org.sportello.devices.config.DevicesConfig;
import org.sportello.devices.config.WorkstationDevices;
import org.sportello.devices.voice.Announcement;
import org.sportello.devices.voice.AnnouncementLanguage;
import org.sportello.devices.voice.AnnouncementResult;
import org.sportello.devices.voice.Announcer;
import org.sportello.display.CallOutput;

/**
 * The hall display workstation's boards and voice (ADR 0014): every new call goes to each board that
 * shows it (hall boards all, counter boards their own) and is announced in each configured language.
 * Nothing here runs on the UI thread: each board has its own lane, the announcer its own queue, so an
 * unplugged board or a busy sound card never holds up the screen or each other.
 */
public final class HallDevices implements CallOutput, AutoCloseable {
    /** How often a board that refused an update is tried again. */
    public static final Duration RETRY_DELAY = Duration.ofSeconds(5);
    private static final System.Logger LOG = System.getLogger(HallDevices.class.getName());

    /** What the devices did; called on their worker threads. */
    public interface Listener {
        /** {@code call} null: the board was cleared. */
        default void boardUpdated(String board, BoardCall call, BoardResult result) {
        }

        default void announced(AnnouncementResult result) {
        }
    }

    private final List<BoardLane> lanes = new ArrayList<>();
    private final Announcer announcer;
    private final List<AnnouncementLanguage> languages;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean voiceFailing;

    public HallDevices(Map<String, DisplayBoard> boards, Announcer announcer, List<AnnouncementLanguage> languages,
                       Duration retryDelay) {
        this.announcer = announcer;
        this.languages = List.copyOf(languages);
        Listener fanOut = new Listener() {
            @Override
            public void boardUpdated(String board, BoardCall call, BoardResult result) {
                listeners.forEach(l -> l.boardUpdated(board, call, result));
            }
        };
        boards.forEach((name, board) -> lanes.add(new BoardLane(BoardTarget.of(name), board, retryDelay, fanOut)));
    }

    /** The boards and announcer of a workstation's devices.properties. */
    public static HallDevices of(WorkstationDevices devices) {
        return new HallDevices(devices.boards(), devices.announcer(), devices.announcementLanguages(), RETRY_DELAY);
    }

    /**
     * The boards and announcer a display workstation's devices.properties names (simulators for what
     * it does not name).
     *
     * @throws org.sportello.devices.config.InvalidDevicesConfigException naming the mistaken lines: a
     *     display that would leave its boards dark without saying why must not start
     */
    public static HallDevices from(DevicesConfig config, DeviceFactory factory) {
        return new HallDevices(factory.boards(config.boards()), factory.announcer(config.announcer()),
                factory.announcementLanguages(config.announcer()), RETRY_DELAY);
    }

    /** True when a board or the voice is simulated, so a window had better show what they do. */
    public static boolean anySimulated(DevicesConfig config) {
        return config.announcer().isSimulated() || config.boards().values().stream().anyMatch(DeviceConfig::isSimulated);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    @Override
    public void called(String ticketCode, int counter) {
        announce(ticketCode, counter);
    }

    /** Boards at once; the voice in each language in turn; done when the last language has been said. */
    @Override
    public java.util.concurrent.CompletionStage<Void> announce(String ticketCode, int counter) {
        BoardCall call = new BoardCall(ticketCode, Integer.toString(counter));
        for (BoardLane lane : lanes) {
            if (lane.target().shows(counter)) {
                lane.show(call);
            }
        }
        List<java.util.concurrent.CompletableFuture<?>> said = new ArrayList<>();
        for (AnnouncementLanguage language : languages) {
            said.add(announcer.announce(new Announcement(ticketCode, call.counter(), language))
                    .thenAccept(this::announced).toCompletableFuture());
        }
        return java.util.concurrent.CompletableFuture.allOf(said.toArray(java.util.concurrent.CompletableFuture[]::new));
    }

    /** Blanks the boards above that counter; hall boards keep the last call, as the screen does. */
    @Override
    public void ended(int counter) {
        for (BoardLane lane : lanes) {
            if (!lane.target().isHall() && lane.target().shows(counter)) {
                lane.clear();
            }
        }
    }

    private void announced(AnnouncementResult result) {
        if (!result.played() && !voiceFailing) {
            LOG.log(System.Logger.Level.WARNING, "the announcer did not play {0}: {1}",
                    result.announcement().ticketCode(), result.detail());
        } else if (result.played() && voiceFailing) {
            LOG.log(System.Logger.Level.INFO, "the announcer plays again");
        }
        voiceFailing = !result.played();
        listeners.forEach(l -> l.announced(result));
    }

    /** Board names whose last update failed and is being retried. */
    public List<String> failingBoards() {
        return lanes.stream().filter(BoardLane::failing).map(l -> l.target().name()).toList();
    }

    /** The boards, by name, in file order. */
    public Map<String, DisplayBoard> boards() {
        Map<String, DisplayBoard> all = new java.util.LinkedHashMap<>();
        lanes.forEach(l -> all.put(l.target().name(), l.board()));
        return all;
    }

    public List<AnnouncementLanguage> languages() {
        return languages;
    }

    /** Returns at once: the announcer finishes what it is saying on its own thread, then closes. */
    @Override
    public void close() {
        lanes.forEach(BoardLane::close);
        Thread.ofPlatform().daemon().name("announcer-close").start(announcer::close);
    }
}

package org.sportello.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.display.Events.call;
import static org.sportello.display.Events.recall;
import static org.sportello.display.HallDisplayViewModelTest.NOW;
import static org.sportello.display.HallDisplayViewModelTest.SETTINGS;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.sportello.model.events.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.devices.board.DisplayBoard;
import org.sportello.devices.board.SimulatedDisplayBoard;
import org.sportello.devices.config.DeviceFactory;
import org.sportello.devices.config.DevicesConfig;
import org.sportello.devices.testsupport.PtySerialTransport;
import org.sportello.devices.transport.pty.PtyPair;
import org.sportello.devices.voice.AnnouncementLanguage;
import org.sportello.devices.voice.QueuedAnnouncer;
import org.sportello.devices.voice.RecordingAudioSink;
import org.sportello.devices.voice.VoiceClips;
import org.sportello.display.devices.HallDevices;
import org.sportello.model.testing.MutableClock;
import org.sportello.ui.Dispatch;
import org.sportello.ui.ManualScheduler;

/**
 * The hall display's calls reach the workstation's boards and voice: Alpha frames byte for byte on a
 * real pty (the product's serial transport from a devices.properties), clips in the right order
 * from a recording sink, and an unplugged board that catches up once it is back.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HallBoardsAndVoiceTest {
    /** Alpha "Write TEXT file A" to address 02, FILL position, HOLD mode, text "A023"; checksum 020A. */
    static final String FRAME_A023_TO_COUNTER_2 = "0000000000" + "01" + "5a3032" + "02" + "4141" + "1b3062"
            + "41303233" + "03" + "30323041" + "04";

    /** The same board written an empty TEXT file: blank. Checksum 02+41+41+1B+30+62+03 = 0134. */
    static final String FRAME_CLEAR_COUNTER_2 = "0000000000" + "01" + "5a3032" + "02" + "4141" + "1b3062"
            + "03" + "30313334" + "04";

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(NOW);
    final ManualScheduler time = new ManualScheduler(clock);
    final HallDisplayViewModelTest.FakeOffice office = new HallDisplayViewModelTest.FakeOffice();
    final RecordingAudioSink speaker = new RecordingAudioSink(0);
    HallDevices devices;
    PtyPair pty;

    @AfterEach
    void close() throws Exception {
        if (devices != null) {
            devices.close();
        }
        if (pty != null) {
            pty.close();
        }
    }

    private HallDisplayViewModel display(Map<String, DisplayBoard> boards, List<AnnouncementLanguage> languages) {
        devices = new HallDevices(boards, new QueuedAnnouncer(new VoiceClips(), speaker), languages,
                Duration.ofMillis(200));
        HallDisplayViewModel vm = new HallDisplayViewModel(office, new Dispatch(Runnable::run, Runnable::run, time),
                SETTINGS.withClock(clock), Chime.SILENT, devices);
        vm.start();
        return vm;
    }

    private static Map<String, DisplayBoard> boardsFrom(String devicesProperties) {
        return DeviceFactory.system().boards(DevicesConfig.parse(devicesProperties, "devices.properties").boards());
    }

    @Test
    void aCallOnTheDisplaySendsTheExactAlphaFrameToItsCountersBoardOverARealPty() throws Exception {
        pty = PtyPair.open();
        Map<String, DisplayBoard> boards = boardsFrom("""
                board.main.driver=sim
                board.counter2.driver=alpha
                board.counter2.transport=serial:%s@9600
                board.counter2.address=2
                """.formatted(pty.a()));
        try (PtySerialTransport sign = new PtySerialTransport(pty.b().toString())) {
            sign.open();
            HallDisplayViewModel vm = display(boards, List.of(AnnouncementLanguage.ITALIAN));

            office.log(call(1, "B004", 1, NOW), call(2, "A023", 2, NOW));
            time.advance(SETTINGS.pollInterval());

            assertThat(vm.latestCodeProperty().get()).as("the screen is not held up").isEqualTo("A023");
            // Counter 2's board gets A023 only: B004 went to counter 1, which has no board of its own.
            byte[] frame = readUntil(sign, FRAME_A023_TO_COUNTER_2.length() / 2, Duration.ofSeconds(10));
            assertThat(HexFormat.of().formatHex(frame)).isEqualTo(FRAME_A023_TO_COUNTER_2);
            // The hall board shows the present: calls that arrive together may collapse into the newest.
            SimulatedDisplayBoard hall = (SimulatedDisplayBoard) boards.get("main");
            waitFor(() -> hall.showing().isPresent() && hall.showing().get().ticketCode().equals("A023"));
            assertThat(hall.showing().orElseThrow().counter()).isEqualTo("2");
            assertThat(hall.history().getLast().orElseThrow().ticketCode()).isEqualTo("A023");
        }
    }

    @Test
    void aCountersBoardGoesBlankWhenItsTicketEndsAndWhenItsOperatorLogsOut() throws Exception {
        pty = PtyPair.open();
        Map<String, DisplayBoard> boards = boardsFrom("""
                board.main.driver=sim
                board.counter2.driver=alpha
                board.counter2.transport=serial:%s@9600
                board.counter2.address=2
                """.formatted(pty.a()));
        try (PtySerialTransport sign = new PtySerialTransport(pty.b().toString())) {
            sign.open();
            display(boards, List.of(AnnouncementLanguage.ITALIAN));
            int callLength = FRAME_A023_TO_COUNTER_2.length() / 2;
            int clearLength = FRAME_CLEAR_COUNTER_2.length() / 2;

            office.log(call(1, "A023", 2, NOW));
            time.advance(SETTINGS.pollInterval());
            assertThat(HexFormat.of().formatHex(readUntil(sign, callLength, Duration.ofSeconds(10))))
                    .isEqualTo(FRAME_A023_TO_COUNTER_2);
            // Marked absent at counter 2: nobody is called there now.
            office.log(Events.event(2, EventType.TICKET_NO_SHOW, "A023", 2, NOW));
            time.advance(SETTINGS.pollInterval());
            assertThat(HexFormat.of().formatHex(readUntil(sign, clearLength, Duration.ofSeconds(10))))
                    .isEqualTo(FRAME_CLEAR_COUNTER_2);

            // Called again, then the operator pauses the counter (steps away): nobody serves there now.
            office.log(call(3, "A023", 2, NOW));
            time.advance(SETTINGS.pollInterval());
            assertThat(HexFormat.of().formatHex(readUntil(sign, callLength, Duration.ofSeconds(10))))
                    .isEqualTo(FRAME_A023_TO_COUNTER_2);
            office.log(Events.event(4, EventType.COUNTER_PAUSED, null, 2, NOW));
            time.advance(SETTINGS.pollInterval());
            assertThat(HexFormat.of().formatHex(readUntil(sign, clearLength, Duration.ofSeconds(10))))
                    .isEqualTo(FRAME_CLEAR_COUNTER_2);

            // Called again, then the operator logs out (the counter closes) without ending the ticket.
            office.log(call(5, "A023", 2, NOW));
            time.advance(SETTINGS.pollInterval());
            assertThat(HexFormat.of().formatHex(readUntil(sign, callLength, Duration.ofSeconds(10))))
                    .isEqualTo(FRAME_A023_TO_COUNTER_2);
            office.log(Events.event(6, EventType.COUNTER_CLOSED, null, 2, NOW));
            time.advance(SETTINGS.pollInterval());
            assertThat(HexFormat.of().formatHex(readUntil(sign, clearLength, Duration.ofSeconds(10))))
                    .isEqualTo(FRAME_CLEAR_COUNTER_2);

            // The hall board keeps the last call, as the screen does; another counter's end leaves it be.
            SimulatedDisplayBoard hall = (SimulatedDisplayBoard) boards.get("main");
            assertThat(hall.showing()).isPresent();
        }
    }

    @Test
    void theCallStaysLitUntilTheVoiceHasSaidIt() {
        java.util.concurrent.CompletableFuture<Void> voice = new java.util.concurrent.CompletableFuture<>();
        CallOutput queuedVoice = new CallOutput() {
            @Override
            public void called(String ticketCode, int counter) {
            }

            @Override
            public java.util.concurrent.CompletionStage<Void> announce(String ticketCode, int counter) {
                return voice;
            }
        };
        HallDisplayViewModel vm = new HallDisplayViewModel(office, new Dispatch(Runnable::run, Runnable::run, time),
                SETTINGS.withClock(clock), Chime.SILENT, queuedVoice);
        vm.start();
        try {
            office.log(call(1, "A023", 5, NOW));
            time.advance(SETTINGS.pollInterval());
            assertThat(vm.flashingProperty().get()).isTrue();
            time.advance(SETTINGS.flashTime().plusSeconds(1));
            assertThat(vm.flashingProperty().get()).as("still lit: the voice has not said A023 yet").isTrue();
            voice.complete(null);
            assertThat(vm.flashingProperty().get()).as("dark once it has been said").isFalse();
        } finally {
            vm.stop();
        }
    }

    @Test
    void eachCallIsSpokenInEachLanguageOneAfterTheOtherWithTheRightClips() throws Exception {
        display(Map.of("main", new SimulatedDisplayBoard("main")),
                List.of(AnnouncementLanguage.ITALIAN, AnnouncementLanguage.ENGLISH));

        office.log(call(1, "A023", 5, NOW));
        time.advance(SETTINGS.pollInterval());
        office.log(recall(2, "A023", 5, NOW));
        time.advance(SETTINGS.pollInterval());

        waitFor(() -> speaker.playbacks().size() == 4);
        VoiceClips clips = new VoiceClips();
        List<String> italian = List.of("chime", "it/numero", "it/A", "it/0", "it/2", "it/3", "it/sportello", "it/5");
        List<String> english = List.of("chime", "en/number", "en/A", "en/0", "en/2", "en/3", "en/counter", "en/5");
        var played = speaker.playbacks();
        assertThat(played.get(0).pcm()).isEqualTo(clips.assemble(italian));
        assertThat(played.get(1).pcm()).isEqualTo(clips.assemble(english));
        assertThat(played.get(2).pcm()).as("the recall is announced again").isEqualTo(clips.assemble(italian));
        assertThat(played.get(3).pcm()).isEqualTo(clips.assemble(english));
        for (int i = 1; i < played.size(); i++) {
            assertThat(played.get(i).startNanos()).as("never overlapping").isGreaterThanOrEqualTo(played.get(i - 1).endNanos());
        }
    }

    @Test
    void anUnpluggedBoardIsReportedRetriedAndCatchesUpWithTheNewestCallWithoutHoldingUpTheOthers() throws Exception {
        Path links = dir.resolve("later");
        java.nio.file.Files.createDirectories(links);
        // The board's port does not exist yet: the USB-serial adapter is unplugged.
        Map<String, DisplayBoard> boards = boardsFrom("""
                board.main.driver=sim
                board.counter2.driver=alpha
                board.counter2.transport=serial:%s@9600
                board.counter2.address=2
                """.formatted(links.resolve("A")));
        HallDisplayViewModel vm = display(boards, List.of(AnnouncementLanguage.ITALIAN));

        office.log(call(1, "A022", 2, NOW));
        time.advance(SETTINGS.pollInterval());
        waitFor(() -> devices.failingBoards().contains("counter2"));
        office.log(call(2, "A023", 2, NOW));
        time.advance(SETTINGS.pollInterval());
        assertThat(vm.latestCodeProperty().get()).isEqualTo("A023");
        SimulatedDisplayBoard hall = (SimulatedDisplayBoard) boards.get("main");
        waitFor(() -> hall.showing().isPresent() && hall.showing().get().ticketCode().equals("A023"));

        // Plugged back in: the retry sends the newest call, not the stale one.
        pty = PtyPair.linkedAt(links.resolve("A"), links.resolve("B"));
        try (PtySerialTransport sign = new PtySerialTransport(pty.b().toString())) {
            sign.open();
            byte[] frame = readUntil(sign, FRAME_A023_TO_COUNTER_2.length() / 2, Duration.ofSeconds(15));
            assertThat(HexFormat.of().formatHex(frame)).isEqualTo(FRAME_A023_TO_COUNTER_2);
        }
        waitFor(() -> devices.failingBoards().isEmpty());
    }

    private static byte[] readUntil(PtySerialTransport sign, int length, Duration timeout) throws Exception {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[256];
        long deadline = System.nanoTime() + timeout.toNanos();
        while (got.size() < length && System.nanoTime() < deadline) {
            int n = sign.read(buffer, Duration.ofMillis(100));
            got.write(buffer, 0, Math.max(n, 0));
        }
        return got.toByteArray();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}

package org.sportello.display.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.sportello.devices.voice.AudioSink;
import org.sportello.devices.voice.AudioUnavailableException;
import org.sportello.devices.voice.QueuedAnnouncer;
import org.sportello.devices.voice.VoiceClips;
import org.sportello.model.events.DeviceReport;
import org.sportello.model.events.DeviceReport.State;
import org.sportello.model.events.DeviceReports;
import org.sportello.model.events.EventType;
import org.sportello.model.events.OfficeEvent;
import org.sportello.model.events.PrinterReport;
import org.sportello.server.testing.TestOffice;

/**
 * A hall board on a real serial line (a pty pair whose port appears only later, as an adapter
 * plugged in) and a voice whose sound card fails: what the office log hears of them, in a real H2
 * office, including a report the office could not take at first.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DeviceReportingTest {
    @TempDir
    Path dir;
    TestOffice office;
    HallDevices devices;
    DeviceReporting reporting;
    PtyPair pty;

    @BeforeEach
    void open() {
        office = TestOffice.embedded(dir.resolve("office"));
    }

    @AfterEach
    void close() throws Exception {
        if (reporting != null) {
            reporting.close();
        }
        if (devices != null) {
            devices.close();
        }
        if (pty != null) {
            pty.close();
        }
        office.close();
    }

    private List<DeviceReport> reports() {
        return office.connection().events().after(0, 1000).stream().filter(e -> e.type() == EventType.DEVICE_STATUS)
                .map(e -> DeviceReport.of(e).orElseThrow()).toList();
    }

    @Test
    void anUnpluggedBoardIsReportedOnceAndItsRecoveryToo() throws Exception {
        Path later = dir.resolve("later");
        Files.createDirectories(later);
        Map<String, DisplayBoard> boards = DeviceFactory.system().boards(DevicesConfig.parse("""
                board.counter2.driver=alpha
                board.counter2.transport=serial:%s@9600
                board.counter2.address=2
                """.formatted(later.resolve("A")), "devices.properties").boards());
        devices = new HallDevices(boards, new QueuedAnnouncer(new VoiceClips(), (pcm, format) -> { }),
                List.of(AnnouncementLanguage.ITALIAN), Duration.ofMillis(200));
        reporting = new DeviceReporting("Sala", office.connection()::devices, Duration.ofMillis(200)).watch(devices);

        devices.called("A022", 2);
        waitFor(() -> reports().stream().anyMatch(r -> r.name().equals("counter2")));
        Thread.sleep(1000); // several retries of the board go by: still one report
        assertThat(reports()).filteredOn(r -> r.device() == DeviceReport.Device.BOARD).containsExactly(
                new DeviceReport("Sala", DeviceReport.Device.BOARD, "counter2", State.NOT_ANSWERING));

        pty = PtyPair.linkedAt(later.resolve("A"), later.resolve("B")); // the adapter is plugged back in
        try (PtySerialTransport sign = new PtySerialTransport(pty.b().toString())) {
            sign.open();
            waitFor(() -> reports().stream().filter(r -> r.name().equals("counter2")).count() == 2);
        }
        assertThat(reports()).filteredOn(r -> r.device() == DeviceReport.Device.BOARD).extracting(DeviceReport::state)
                .containsExactly(State.NOT_ANSWERING, State.OK);
    }

    @Test
    void aSilentVoiceIsReportedEvenWhenTheOfficeWasDownAtFirst() throws Exception {
        AtomicBoolean soundCard = new AtomicBoolean(false);
        AudioSink speaker = (byte[] pcm, AudioFormat format) -> {
            if (!soundCard.get()) {
                throw new AudioUnavailableException("no sound card", null);
            }
        };
        AtomicBoolean officeUp = new AtomicBoolean(false);
        DeviceReports link = new DeviceReports() {
            @Override
            public void printer(PrinterReport report) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void device(DeviceReport report) {
                if (!officeUp.get()) {
                    throw new IllegalStateException("office database unreachable");
                }
                office.connection().devices().device(report);
            }
        };
        devices = new HallDevices(Map.of("main", new SimulatedDisplayBoard("main")),
                new QueuedAnnouncer(new VoiceClips(), speaker), List.of(AnnouncementLanguage.ITALIAN), Duration.ofMillis(200));
        reporting = new DeviceReporting("Sala", () -> link, Duration.ofMillis(200)).watch(devices);

        devices.called("A001", 1);
        Thread.sleep(600);
        assertThat(reports()).as("nothing reached the office yet").isEmpty();
        officeUp.set(true);
        waitFor(() -> reports().stream().anyMatch(r -> r.device() == DeviceReport.Device.VOICE));
        assertThat(reports()).contains(DeviceReport.voice("Sala", State.NOT_ANSWERING),
                new DeviceReport("Sala", DeviceReport.Device.BOARD, "main", State.OK));

        soundCard.set(true);
        devices.called("A002", 1);
        waitFor(() -> reports().stream().filter(r -> r.device() == DeviceReport.Device.VOICE).count() == 2);
        assertThat(reports()).filteredOn(r -> r.device() == DeviceReport.Device.VOICE).extracting(DeviceReport::state)
                .containsExactly(State.NOT_ANSWERING, State.OK);
        List<OfficeEvent> log = office.connection().events().after(0, 1000);
        assertThat(log).filteredOn(e -> e.type() == EventType.DEVICE_STATUS).extracting(OfficeEvent::detail)
                .contains("NOT_ANSWERING VOICE voice@Sala");
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met in time").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}

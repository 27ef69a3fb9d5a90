package org.sportello.devices.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sportello.devices.transport.TransportTestSupport.readExactly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(20)
class FileTransportsTest {
    @TempDir
    Path dir;

    @Test
    void deviceFileTakesWritesAndGivesBackWhatTheDeviceSaid() throws Exception {
        Path dev = dir.resolve("lp0");
        Files.write(dev, new byte[] {0x12, 0x34});
        try (DeviceFileTransport t = new DeviceFileTransport(new TransportSpec.DeviceFile(dev))) {
            t.open();
            assertThat(readExactly(t, 2, Duration.ofSeconds(2))).containsExactly(0x12, 0x34);
            t.write("CIAO".getBytes(), Duration.ofSeconds(1));
        }
        assertThat(Files.readAllBytes(dev)).containsExactly(0x12, 0x34, 'C', 'I', 'A', 'O');
    }

    @Test
    void deviceFileThatBlocksTimesOutAndKeepsLateBytes() throws Exception {
        // A FIFO blocks on read like a device with nothing to say; writing to it comes back to us.
        Path fifo = dir.resolve("fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(5, TimeUnit.SECONDS) && mkfifo.exitValue() == 0)
                .as("mkfifo made %s (it comes with coreutils: apt-get install coreutils)", fifo).isTrue();
        try (DeviceFileTransport t = new DeviceFileTransport(new TransportSpec.DeviceFile(fifo))) {
            t.open();
            long start = System.nanoTime();
            assertThat(t.read(new byte[8], Duration.ofMillis(200))).isZero();
            assertThat((System.nanoTime() - start) / 1_000_000).isBetween(150L, 1500L);
            t.write(new byte[] {1, 2, 3, 4, 5}, Duration.ofSeconds(1));
            byte[] small = new byte[3];
            assertThat(t.read(small, Duration.ofSeconds(2))).isEqualTo(3);
            assertThat(small).containsExactly(1, 2, 3);
            assertThat(readExactly(t, 2, Duration.ofSeconds(2))).containsExactly(4, 5);
        }
    }

    @Test
    void missingDeviceFileIsClear() {
        DeviceFileTransport t = new DeviceFileTransport(new TransportSpec.DeviceFile(dir.resolve("lp9")));
        assertThatThrownBy(t::open)
                .isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.problem()).isEqualTo(TransportException.Problem.NOT_FOUND))
                .hasMessageContaining("lp9 does not exist");
        assertThat(Files.exists(dir.resolve("lp9"))).as("open must not create the device file").isFalse();
    }

    @Test
    void captureAppendsAndAnswersNothing() throws Exception {
        Path out = dir.resolve("sub/capture.bin");
        Files.createDirectories(out.getParent());
        Files.write(out, new byte[] {9});
        try (CaptureFileTransport t = new CaptureFileTransport(new TransportSpec.Capture(out))) {
            t.open();
            t.write(new byte[] {0x1b, 0x40}, Duration.ofSeconds(1));
            t.write(new byte[] {'A'}, Duration.ofSeconds(1));
            long start = System.nanoTime();
            assertThat(t.read(new byte[4], Duration.ofSeconds(5))).isZero();
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000L);
        }
        assertThat(Files.readAllBytes(out)).containsExactly(9, 0x1b, 0x40, 'A');
    }

    @Test
    void captureCreatesMissingFolders() throws Exception {
        Path out = dir.resolve("a/b/c.bin");
        try (CaptureFileTransport t = new CaptureFileTransport(new TransportSpec.Capture(out))) {
            t.open();
            t.write(new byte[] {7}, Duration.ofSeconds(1));
        }
        assertThat(Files.readAllBytes(out)).containsExactly(7);
    }

    @Test
    void simulatorKeepsWritesAnswersAndCanBeUnplugged() throws Exception {
        SimulatedTransport sim = new SimulatedTransport();
        sim.respondWith(bytes -> bytes[0] == 0x10 ? new byte[] {0x16} : new byte[0]);
        sim.open();
        sim.write(new byte[] {0x1b, 0x40}, Duration.ofSeconds(1));
        assertThat(sim.read(new byte[4], Duration.ofMillis(20))).isZero();
        sim.write(new byte[] {0x10, 0x04, 0x01}, Duration.ofSeconds(1));
        assertThat(readExactly(sim, 1, Duration.ofSeconds(1))).containsExactly(0x16);
        assertThat(sim.written()).containsExactly(0x1b, 0x40, 0x10, 0x04, 0x01);

        sim.unplug();
        assertThatThrownBy(() -> sim.write(new byte[] {1}, Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.problem()).isEqualTo(TransportException.Problem.LOST));
        assertThat(sim.isOpen()).isFalse();
        assertThatThrownBy(sim::open).isInstanceOf(TransportException.class);
        sim.plugIn();
        sim.open();
        assertThat(sim.isOpen()).isTrue();
    }
}

package org.sportello.devices.transport.pty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sportello.devices.transport.SerialTransport;
import org.sportello.devices.transport.TransportException;
import org.sportello.devices.transport.TransportSpec;

/** The pseudo-terminal itself, driven from the other side by the product's serial transport (jSerialComm). */
@Timeout(20)
class PtyTest {
    private static final Duration SECOND = Duration.ofSeconds(1);

    static byte[] everyByteValue() {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        return all;
    }

    private static SerialTransport serial(Path path) {
        return new SerialTransport(TransportSpec.Serial.of(path.toString(), 115200));
    }

    static byte[] readFromPty(Pty pty, int count) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[512];
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (got.size() < count && System.nanoTime() < deadline) {
            got.write(buffer, 0, pty.read(buffer, Duration.ofMillis(100)));
        }
        return got.toByteArray();
    }

    static byte[] readFromSerial(SerialTransport t, int count) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[512];
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (got.size() < count && System.nanoTime() < deadline) {
            got.write(buffer, 0, t.read(buffer, Duration.ofMillis(100)));
        }
        return got.toByteArray();
    }

    private static long openDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    @Test
    void theTerminalSideIsARealPtsThatTheSerialDriverOpensByName() throws Exception {
        try (Pty pty = Pty.open(); SerialTransport driver = serial(pty.path())) {
            assertThat(pty.path().toString()).startsWith("/dev/pts/");
            assertThat(Files.isSameFile(pty.path(), pty.path().toRealPath())).isTrue();
            driver.open();
            assertThat(driver.isOpen()).isTrue();
        }
    }

    @Test
    void bytesGoBothWaysAndEveryValueArrivesUnchanged() throws Exception {
        byte[] all = everyByteValue();
        try (Pty pty = Pty.open(); SerialTransport driver = serial(pty.path())) {
            driver.open();
            // Driver to device: CR, LF, NUL, DEL, XON/XOFF and Ctrl-C would be eaten or changed by a cooked tty.
            driver.write(all, SECOND);
            assertThat(readFromPty(pty, all.length)).isEqualTo(all);
            // Device to driver.
            pty.write(all, SECOND);
            assertThat(readFromSerial(driver, all.length)).isEqualTo(all);
            // Nothing echoed back to the device.
            assertThat(pty.read(new byte[16], Duration.ofMillis(200))).isZero();
        }
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a cooked line would block the read for ever
    void theLineIsRawBeforeAnyDriverSetsItUp() throws Exception {
        // Read with a plain file stream, which changes no terminal setting: a cooked line would turn CR
        // into LF, hold bytes back until a newline, swallow Ctrl-C and Ctrl-D, and echo to the device.
        byte[] all = everyByteValue();
        try (Pty pty = Pty.open()) {
            pty.write(all, SECOND);
            try (var plain = Files.newInputStream(pty.path())) {
                assertThat(plain.readNBytes(all.length)).isEqualTo(all);
            }
            assertThat(pty.read(new byte[16], Duration.ofMillis(200))).as("no echo").isZero();
        }
    }

    @Test
    void aReadWithNothingToReadWaitsAboutItsTimeout() throws Exception {
        try (Pty pty = Pty.open()) {
            long start = System.nanoTime();
            assertThat(pty.read(new byte[8], Duration.ofMillis(200))).isZero();
            assertThat((System.nanoTime() - start) / 1_000_000).isBetween(150L, 1500L);
        }
    }

    @Test
    void aDriverThatNeverReadsMakesTheDeviceWriteTimeOut() throws Exception {
        try (Pty pty = Pty.open()) {
            byte[] lots = new byte[1 << 20];
            long start = System.nanoTime();
            int n = pty.write(lots, 0, lots.length, Duration.ofMillis(300));
            assertThat(n).isLessThan(lots.length);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3000L);
            assertThatThrownBy(() -> pty.write(lots, Duration.ofMillis(100)))
                    .isInstanceOf(IOException.class).hasMessageContaining("nobody reads " + pty.path());
        }
    }

    @Test
    void closeReleasesTheDescriptorsRemovesThePtsAndHangsUpTheDriver() throws Exception {
        long before = openDescriptors();
        Pty pty = Pty.open();
        assertThat(openDescriptors()).isEqualTo(before + 2); // the master, and this side's hold on the terminal
        Path path = pty.path();
        try (SerialTransport driver = serial(path)) {
            driver.open();
            pty.close();
            assertThat(pty.isOpen()).isFalse();
            assertThat(Files.exists(path)).as(path + " removed").isFalse();
            assertThatThrownBy(() -> driver.read(new byte[8], Duration.ofMillis(500)))
                    .isInstanceOfSatisfying(TransportException.class,
                            e -> assertThat(e.problem()).isEqualTo(TransportException.Problem.LOST));
        }
        assertThat(openDescriptors()).isEqualTo(before);
        pty.close(); // twice is harmless
        assertThatThrownBy(() -> pty.read(new byte[1], SECOND)).hasMessageContaining("is closed");
        assertThatThrownBy(() -> pty.write(new byte[1], SECOND)).hasMessageContaining("is closed");
    }

    @Test
    void manyOpenAndCloseLeakNothing() throws Exception {
        long before = openDescriptors();
        for (int i = 0; i < 200; i++) {
            Pty.open().close();
        }
        assertThat(openDescriptors()).isEqualTo(before);
    }
}

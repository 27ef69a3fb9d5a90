package org.sportello.devices.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sportello.devices.transport.TransportTestSupport.readExactly;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.devices.transport.pty.PtyPair;

@Timeout(20)
class ReconnectingTransportTest {
    private static final Duration T = Duration.ofMillis(100);

    /** Counts open attempts, to check that backoff really spares the device. */
    private static final class CountingSim implements Transport {
        final SimulatedTransport sim = new SimulatedTransport();
        final AtomicInteger opens = new AtomicInteger();

        @Override
        public void open() throws IOException {
            opens.incrementAndGet();
            sim.open();
        }

        @Override
        public boolean isOpen() {
            return sim.isOpen();
        }

        @Override
        public void write(byte[] bytes, Duration timeout) throws IOException {
            sim.write(bytes, timeout);
        }

        @Override
        public int read(byte[] buffer, Duration timeout) throws IOException {
            return sim.read(buffer, timeout);
        }

        @Override
        public String describe() {
            return "counting-sim";
        }

        @Override
        public void close() {
            sim.close();
        }
    }

    @Test
    void lostLinkIsRetriedWithGrowingBackoffAndComesBack() throws Exception {
        AtomicLong now = new AtomicLong();
        CountingSim device = new CountingSim();
        List<ConnectionState> seen = new CopyOnWriteArrayList<>();
        ReconnectingTransport t = new ReconnectingTransport(device,
                new Backoff(Duration.ofMillis(100), Duration.ofMillis(350)), now::get);
        t.addListener(seen::add);
        assertThat(t.state()).isEqualTo(ConnectionState.CLOSED);

        t.open();
        t.write(new byte[] {1}, T);
        assertThat(t.state()).isEqualTo(ConnectionState.CONNECTED);

        device.sim.unplug();
        assertThatThrownBy(() -> t.write(new byte[] {2}, T)).isInstanceOf(IOException.class);
        assertThat(t.state()).isEqualTo(ConnectionState.LOST);
        assertThat(t.lastProblem()).hasValueSatisfying(p -> assertThat(p).contains("unplugged"));
        assertThat(t.isOpen()).isFalse();

        // Within the backoff: fail fast, without touching the device.
        int opensBefore = device.opens.get();
        assertThatThrownBy(() -> t.write(new byte[] {3}, T)).hasMessageContaining("next reconnect attempt in");
        assertThat(device.opens.get()).isEqualTo(opensBefore);

        // Due: one attempt, still unplugged, so the wait doubles (100 -> 200 ms).
        now.addAndGet(Duration.ofMillis(100).toNanos());
        assertThatThrownBy(() -> t.read(new byte[1], T)).isInstanceOf(IOException.class);
        assertThat(device.opens.get()).isEqualTo(opensBefore + 1);
        now.addAndGet(Duration.ofMillis(150).toNanos());
        assertThatThrownBy(() -> t.read(new byte[1], T)).hasMessageContaining("next reconnect attempt in 50 ms");
        now.addAndGet(Duration.ofMillis(50).toNanos());
        assertThat(t.reconnectIfDue()).isFalse();
        // Capped at 350 ms, not 400.
        now.addAndGet(Duration.ofMillis(349).toNanos());
        assertThatThrownBy(() -> t.read(new byte[1], T)).hasMessageContaining("in 1 ms");

        device.sim.plugIn();
        now.addAndGet(Duration.ofMillis(1).toNanos());
        t.write(new byte[] {4}, T);
        assertThat(t.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(t.lastProblem()).isEmpty();
        assertThat(device.sim.written()).containsExactly(1, 4);
        assertThat(seen).containsExactly(ConnectionState.CONNECTED, ConnectionState.LOST, ConnectionState.CONNECTED);

        t.close();
        assertThat(t.state()).isEqualTo(ConnectionState.CLOSED);
        assertThatThrownBy(() -> t.write(new byte[] {5}, T)).hasMessageContaining("not open");
    }

    @Test
    void deviceMissingAtStartIsRetriedLater() throws Exception {
        AtomicLong now = new AtomicLong();
        CountingSim device = new CountingSim();
        device.sim.unplug();
        ReconnectingTransport t = new ReconnectingTransport(device, Backoff.DEFAULT, now::get);
        assertThatThrownBy(t::open).isInstanceOf(TransportException.class);
        assertThat(t.state()).isEqualTo(ConnectionState.LOST);
        device.sim.plugIn();
        now.addAndGet(Backoff.DEFAULT.first().toNanos());
        assertThat(t.reconnectIfDue()).isTrue();
        assertThat(t.state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void badBackoffIsRejected() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Backoff(Duration.ofMillis(10), Duration.ofMillis(15)).after(Duration.ofMillis(10)))
                .isEqualTo(Duration.ofMillis(15));
    }

    @Test
    void serialDeviceUnpluggedAndPluggedBackIsReconnected(@TempDir Path dir) throws Exception {
        try (PtyPair pair = PtyPair.linkedAt(dir.resolve("a"), dir.resolve("b"))) {
            Backoff quick = new Backoff(Duration.ofMillis(20), Duration.ofMillis(100));
            ReconnectingTransport printer = new ReconnectingTransport(
                    new SerialTransport(TransportSpec.Serial.of(pair.a().toString(), 19200)), quick);
            ReconnectingTransport other = new ReconnectingTransport(
                    new SerialTransport(TransportSpec.Serial.of(pair.b().toString(), 19200)), quick);
            try (printer; other) {
                printer.open();
                other.open();
                printer.write("before".getBytes(), T);
                assertThat(readExactly(other, 6, Duration.ofSeconds(2))).isEqualTo("before".getBytes());

                pair.unplug();
                assertThatThrownBy(() -> printer.write("lost".getBytes(), T))
                        .isInstanceOf(IOException.class).hasMessageContaining("unplugged");
                assertThat(printer.state()).isEqualTo(ConnectionState.LOST);
                // Still unplugged: reconnecting fails with "does not exist", not a hang.
                Thread.sleep(30);
                assertThatThrownBy(() -> printer.write("still".getBytes(), T)).hasMessageContaining("does not exist");

                // The receiving end notices the unplug only when it reads: let it, before the device
                // comes back, or it would still hold the old port and take the new one for the old.
                long noticed = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (other.state() != ConnectionState.LOST && System.nanoTime() < noticed) {
                    try {
                        other.read(new byte[1], Duration.ofMillis(10));
                    } catch (IOException expected) {
                        // now LOST
                    }
                }
                assertThat(other.state()).isEqualTo(ConnectionState.LOST);

                pair.plugIn();
                long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (!(printer.reconnectIfDue() && other.reconnectIfDue()) && System.nanoTime() < deadline) {
                    // The receiving end notices the unplug only when it reads.
                    try {
                        other.read(new byte[1], Duration.ofMillis(10));
                    } catch (IOException expected) {
                        // LOST until the pair is plugged back in; the loop keeps trying.
                    }
                    Thread.sleep(10);
                }
                assertThat(printer.state()).isEqualTo(ConnectionState.CONNECTED);
                assertThat(other.state()).isEqualTo(ConnectionState.CONNECTED);
                printer.write("after".getBytes(), T);
                assertThat(readExactly(other, 5, Duration.ofSeconds(2))).isEqualTo("after".getBytes());
            }
        }
    }
}

package org.sportello.devices.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sportello.devices.transport.TransportTestSupport.pattern;
import static org.sportello.devices.transport.TransportTestSupport.readExactly;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sportello.devices.transport.pty.PtyPair;

@Timeout(20)
class SerialTransportTest {
    @TempDir
    Path dir;
    PtyPair pair;

    @BeforeEach
    void plugInThePair() throws Exception {
        pair = PtyPair.linkedAt(dir.resolve("a"), dir.resolve("b"));
    }

    @AfterEach
    void unplugThePair() throws Exception {
        if (pair != null) {
            pair.close();
        }
    }

    private SerialTransport end(Path path, int baud) {
        return new SerialTransport(TransportSpec.Serial.of(path.toString(), baud));
    }

    @ParameterizedTest
    @ValueSource(ints = {9600, 19200, 115200})
    void bytesGoBothWays(int baud) throws Exception {
        try (SerialTransport a = end(pair.a(), baud); SerialTransport b = end(pair.b(), baud)) {
            a.open();
            b.open();
            assertThat(a.isOpen()).isTrue();
            byte[] ticket = pattern(300, baud);
            byte[] status = {0x10, 0x04, 0x01, 0x12};
            a.write(ticket, Duration.ofSeconds(2));
            assertThat(readExactly(b, ticket.length, Duration.ofSeconds(3))).isEqualTo(ticket);
            b.write(status, Duration.ofSeconds(2));
            assertThat(readExactly(a, status.length, Duration.ofSeconds(3))).isEqualTo(status);
        }
    }

    @Test
    void otherFramesAndFlowControlOpenToo() throws Exception {
        TransportSpec.Serial spec = (TransportSpec.Serial) TransportSpec.parse("serial:" + pair.a() + "@19200,7E1,xonxoff");
        try (SerialTransport a = new SerialTransport(spec); SerialTransport b = end(pair.b(), 19200)) {
            a.open();
            b.open();
            a.write("A023".getBytes(), Duration.ofSeconds(1));
            assertThat(readExactly(b, 4, Duration.ofSeconds(2))).isEqualTo("A023".getBytes());
        }
    }

    @Test
    void readTimeoutReturnsZeroWithoutHanging() throws Exception {
        try (SerialTransport a = end(pair.a(), 9600)) {
            a.open();
            long start = System.nanoTime();
            int n = a.read(new byte[16], Duration.ofMillis(200));
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(n).isZero();
            assertThat(tookMs).isBetween(150L, 1500L);

            start = System.nanoTime();
            assertThat(a.read(new byte[16], Duration.ZERO)).isZero();
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(150L);
        }
    }

    @Test
    void writeToAPeerThatStopsReadingTimesOut() throws Exception {
        try (SerialTransport a = end(pair.a(), 115200); SerialTransport b = end(pair.b(), 115200)) {
            a.open();
            b.open(); // open but never read: the ttys and the copier fill up, as with a printer offline
            byte[] huge = new byte[8 * 1024 * 1024];
            long start = System.nanoTime();
            assertThatThrownBy(() -> a.write(huge, Duration.ofMillis(300)))
                    .isInstanceOfSatisfying(TransportException.class,
                            e -> assertThat(e.problem()).isEqualTo(TransportException.Problem.TIMEOUT))
                    .hasMessageContaining("bytes not written in 300 ms");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3000L);
        }
    }

    @Test
    void rs485ModeOpensOrSaysThePortCannotDoIt() throws Exception {
        // A pty has no RS-485 driver; what matters is a clear answer either way, never a hang.
        TransportSpec.Serial spec = (TransportSpec.Serial) TransportSpec.parse("serial:" + pair.a() + "@9600,rs485");
        try (SerialTransport t = new SerialTransport(spec)) {
            try {
                t.open();
                assertThat(t.isOpen()).isTrue();
            } catch (TransportException e) {
                assertThat(e.getMessage()).contains("RS-485");
            }
        }
    }

    @Test
    void missingPortSaysItDoesNotExist() {
        SerialTransport t = end(dir.resolve("ttyUSB9"), 9600);
        assertThatThrownBy(t::open)
                .isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.problem()).isEqualTo(TransportException.Problem.NOT_FOUND))
                .hasMessageContaining("ttyUSB9")
                .hasMessageContaining("does not exist")
                .hasMessageContaining("sportello devices list");
        assertThat(t.isOpen()).isFalse();
    }

    @Test
    void portHeldByAnotherUserIsBusy() throws Exception {
        try (SerialTransport first = end(pair.a(), 9600); SerialTransport second = end(pair.a(), 9600)) {
            first.open();
            assertThatThrownBy(second::open)
                    .isInstanceOfSatisfying(TransportException.class,
                            e -> assertThat(e.problem()).isEqualTo(TransportException.Problem.BUSY))
                    .hasMessageContaining("another program");
        }
    }

    @Test
    void callsOnAClosedTransportFailClearly() {
        SerialTransport t = end(pair.a(), 9600);
        assertThatThrownBy(() -> t.write(new byte[] {1}, Duration.ofMillis(10)))
                .isInstanceOf(TransportException.class).hasMessageContaining("not open");
    }

    @Test
    void unpluggingMakesReadsAndWritesFail() throws Exception {
        try (SerialTransport a = end(pair.a(), 9600); SerialTransport b = end(pair.b(), 9600)) {
            a.open();
            b.open();
            a.write(new byte[] {1, 2, 3}, Duration.ofSeconds(1));
            assertThat(readExactly(b, 3, Duration.ofSeconds(2))).containsExactly(1, 2, 3);

            pair.unplug();

            assertThatThrownBy(() -> a.write(new byte[] {4}, Duration.ofMillis(500)))
                    .isInstanceOfSatisfying(TransportException.class,
                            e -> assertThat(e.problem()).isEqualTo(TransportException.Problem.LOST))
                    .hasMessageContaining("unplugged");
            assertThatThrownBy(() -> b.read(new byte[8], Duration.ofMillis(500)))
                    .isInstanceOfSatisfying(TransportException.class,
                            e -> assertThat(e.problem()).isEqualTo(TransportException.Problem.LOST));
        }
    }

    @Test
    void reopensAfterClose() throws Exception {
        try (SerialTransport a = end(pair.a(), 115200); SerialTransport b = end(pair.b(), 115200)) {
            a.open();
            a.close();
            assertThat(a.isOpen()).isFalse();
            a.open();
            b.open();
            a.write(new byte[] {42}, Duration.ofSeconds(1));
            assertThat(readExactly(b, 1, Duration.ofSeconds(2))).containsExactly(42);
        }
    }
}

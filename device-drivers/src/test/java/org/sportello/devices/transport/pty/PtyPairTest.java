package org.sportello.devices.transport.pty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sportello.devices.transport.pty.PtyTest.everyByteValue;
import static org.sportello.devices.transport.pty.PtyTest.readFromSerial;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.devices.transport.SerialTransport;
import org.sportello.devices.transport.TransportSpec;

/** Two ptys back to back, both ends opened by the product's serial transport, as socat's pair was. */
@Timeout(20)
class PtyPairTest {
    private static final Duration SECOND = Duration.ofSeconds(1);

    private static SerialTransport serial(Path path) {
        return new SerialTransport(TransportSpec.Serial.of(path.toString(), 115200));
    }

    @Test
    void everyByteValueCrossesInBothDirections() throws Exception {
        byte[] all = everyByteValue();
        try (PtyPair pair = PtyPair.open(); SerialTransport a = serial(pair.a()); SerialTransport b = serial(pair.b())) {
            assertThat(pair.a()).isNotEqualTo(pair.b());
            a.open();
            b.open();
            a.write(all, SECOND);
            assertThat(readFromSerial(b, all.length)).isEqualTo(all);
            b.write(all, SECOND);
            assertThat(readFromSerial(a, all.length)).isEqualTo(all);
            // Larger than the copy buffer, so the copier goes round several times, in order.
            byte[] ticket = new byte[20_000];
            for (int i = 0; i < ticket.length; i++) {
                ticket[i] = (byte) (i * 31 + i / 256);
            }
            a.write(ticket, Duration.ofSeconds(3));
            assertThat(readFromSerial(b, ticket.length)).isEqualTo(ticket);
            assertThat(pair.copyFailure()).isEmpty();
        }
    }

    @Test
    void linksNameTheEndsAndUnplugRemovesThemUntilPluggedBackIn(@TempDir Path dir) throws Exception {
        Path printer = dir.resolve("printer");
        Path host = dir.resolve("host");
        try (PtyPair pair = PtyPair.linkedAt(printer, host)) {
            assertThat(pair.a()).isEqualTo(printer);
            assertThat(Files.readSymbolicLink(printer).toString()).startsWith("/dev/pts/");
            Path firstPts = printer.toRealPath();

            pair.unplug();
            assertThat(pair.isPluggedIn()).isFalse();
            assertThat(Files.exists(printer, LinkOption.NOFOLLOW_LINKS)).isFalse();
            assertThat(Files.exists(host, LinkOption.NOFOLLOW_LINKS)).isFalse();
            assertThat(Files.exists(firstPts)).isFalse();

            pair.plugIn();
            try (SerialTransport a = serial(printer); SerialTransport b = serial(host)) {
                a.open();
                b.open();
                a.write("after".getBytes(), SECOND);
                assertThat(readFromSerial(b, 5)).isEqualTo("after".getBytes());
            }
        }
        assertThat(Files.exists(printer, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void anUnpluggedPairHasNoPtsNames() throws Exception {
        PtyPair pair = PtyPair.open();
        pair.close();
        assertThatThrownBy(pair::a).hasMessageContaining("unplugged");
        pair.close(); // twice is harmless
    }
}

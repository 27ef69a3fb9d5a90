package org.sportello.devices.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sportello.devices.transport.TransportTestSupport.pattern;
import static org.sportello.devices.transport.TransportTestSupport.readExactly;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class TcpTransportTest {

    private static ServerSocket server() throws Exception {
        return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    private static TcpTransport client(ServerSocket s) {
        return new TcpTransport(new TransportSpec.Tcp("127.0.0.1", s.getLocalPort()));
    }

    @Test
    void bytesGoBothWays() throws Exception {
        try (ServerSocket s = server(); TcpTransport t = client(s)) {
            // A tiny "printer" that answers every status query (DLE EOT 1) with 0x16 (online).
            CompletableFuture<byte[]> printer = CompletableFuture.supplyAsync(() -> {
                try (Socket c = s.accept(); InputStream in = c.getInputStream(); OutputStream out = c.getOutputStream()) {
                    byte[] got = in.readNBytes(1003);
                    out.write(0x16);
                    out.flush();
                    return got;
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            t.open();
            byte[] ticket = pattern(1000, 7);
            t.write(ticket, Duration.ofSeconds(2));
            t.write(new byte[] {0x10, 0x04, 0x01}, Duration.ofSeconds(2));
            assertThat(readExactly(t, 1, Duration.ofSeconds(3))).containsExactly(0x16);
            byte[] received = printer.get(5, TimeUnit.SECONDS);
            assertThat(received).startsWith(ticket).endsWith(0x10, 0x04, 0x01);
        }
    }

    @Test
    void serverThatNeverAnswersGivesReadTimeoutNotAHang() throws Exception {
        try (ServerSocket s = server(); TcpTransport t = client(s)) {
            t.open();
            try (Socket accepted = s.accept()) {
                long start = System.nanoTime();
                int n = t.read(new byte[8], Duration.ofMillis(300));
                long tookMs = (System.nanoTime() - start) / 1_000_000;
                assertThat(n).isZero();
                assertThat(tookMs).isBetween(250L, 2000L);
                assertThat(accepted.isConnected()).isTrue();
            }
        }
    }

    @Test
    void serverThatStopsReadingGivesWriteTimeout() throws Exception {
        try (ServerSocket s = server(); TcpTransport t = client(s)) {
            t.open();
            try (Socket ignored = s.accept()) {
                // Far more than the socket buffers hold: the write must give up, not hang.
                byte[] huge = new byte[64 * 1024 * 1024];
                long start = System.nanoTime();
                assertThatThrownBy(() -> t.write(huge, Duration.ofMillis(300)))
                        .isInstanceOfSatisfying(TransportException.class,
                                e -> assertThat(e.problem()).isEqualTo(TransportException.Problem.TIMEOUT))
                        .hasMessageContaining("stopped reading");
                assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3000L);
            }
        }
    }

    @Test
    void connectionRefusedIsClear() throws Exception {
        int freePort;
        try (ServerSocket s = server()) {
            freePort = s.getLocalPort();
        }
        TcpTransport t = new TcpTransport(new TransportSpec.Tcp("127.0.0.1", freePort));
        assertThatThrownBy(t::open)
                .isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.problem()).isEqualTo(TransportException.Problem.REFUSED))
                .hasMessageContaining("connection refused")
                .hasMessageContaining("tcp:127.0.0.1:" + freePort);
        assertThat(t.isOpen()).isFalse();
    }

    @Test
    void unknownHostIsClear() {
        TcpTransport t = new TcpTransport(new TransportSpec.Tcp("no-such-printer.invalid", 9100));
        assertThatThrownBy(t::open)
                .isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.problem()).isEqualTo(TransportException.Problem.NOT_FOUND))
                .hasMessageContaining("cannot be resolved");
    }

    @Test
    void peerClosingIsALostLink() throws Exception {
        try (ServerSocket s = server(); TcpTransport t = client(s)) {
            t.open();
            s.accept().close();
            assertThatThrownBy(() -> readExactly(t, 1, Duration.ofSeconds(2)))
                    .isInstanceOfSatisfying(TransportException.class,
                            e -> assertThat(e.problem()).isEqualTo(TransportException.Problem.LOST))
                    .hasMessageContaining("closed the connection");
        }
    }
}

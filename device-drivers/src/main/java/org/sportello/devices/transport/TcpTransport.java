package org.sportello.devices.transport;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * Raw TCP to a network printer (port 9100) or a serial-to-Ethernet converter. Non-blocking NIO with
 * a selector, because a blocking socket write has no timeout: a printer out of paper stops reading,
 * its TCP window fills up, and a plain {@code OutputStream.write} would hang the kiosk.
 *
 * <p>Not thread-safe: one driver thread talks to one device.
 */
public final class TcpTransport implements Transport {
    /** Long enough for a printer waking from sleep, short enough that a kiosk does not look frozen. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private final TransportSpec.Tcp spec;
    private final Duration connectTimeout;
    private SocketChannel channel;
    private Selector selector;

    public TcpTransport(TransportSpec.Tcp spec) {
        this(spec, DEFAULT_CONNECT_TIMEOUT);
    }

    public TcpTransport(TransportSpec.Tcp spec, Duration connectTimeout) {
        this.spec = spec;
        this.connectTimeout = connectTimeout;
    }

    @Override
    public void open() throws TransportException {
        if (channel != null) {
            return;
        }
        SocketChannel ch = null;
        Selector sel = null;
        try {
            ch = SocketChannel.open();
            ch.configureBlocking(false);
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            // Keepalive lets the OS notice a printer that was switched off between tickets.
            ch.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
            sel = Selector.open();
            InetSocketAddress address = new InetSocketAddress(spec.host(), spec.port());
            if (address.isUnresolved()) {
                throw new TransportException(TransportException.Problem.NOT_FOUND, describe() + ": host '"
                        + spec.host() + "' cannot be resolved; check the name or use the printer's IP address");
            }
            if (!ch.connect(address)) {
                ch.register(sel, SelectionKey.OP_CONNECT);
                if (sel.select(Math.max(1, connectTimeout.toMillis())) == 0) {
                    throw new TransportException(TransportException.Problem.REFUSED, describe()
                            + ": no answer within " + connectTimeout.toMillis() + " ms; is the device on, "
                            + "on this network, and is the address right?");
                }
                ch.finishConnect();
                sel.selectedKeys().clear();
            }
            channel = ch;
            selector = sel;
        } catch (TransportException e) {
            closeQuietly(ch, sel);
            throw e;
        } catch (ConnectException e) {
            closeQuietly(ch, sel);
            throw new TransportException(TransportException.Problem.REFUSED, describe() + ": connection refused; "
                    + "the device is on but nothing listens on port " + spec.port() + " (raw printing is usually 9100)", e);
        } catch (NoRouteToHostException e) {
            closeQuietly(ch, sel);
            throw new TransportException(TransportException.Problem.NOT_FOUND, describe() + ": no route to host "
                    + spec.host() + "; check the network cable and address", e);
        } catch (UnresolvedAddressException e) {
            closeQuietly(ch, sel);
            throw new TransportException(TransportException.Problem.NOT_FOUND, describe() + ": host '"
                    + spec.host() + "' cannot be resolved", e);
        } catch (IOException e) {
            closeQuietly(ch, sel);
            throw new TransportException(TransportException.Problem.REFUSED, describe() + ": cannot connect: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public boolean isOpen() {
        return channel != null && channel.isOpen();
    }

    @Override
    public void write(byte[] bytes, Duration timeout) throws TransportException {
        SocketChannel ch = requireOpen();
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            SelectionKey key = ch.register(selector, SelectionKey.OP_WRITE);
            try {
                while (buf.hasRemaining()) {
                    if (ch.write(buf) > 0) {
                        continue;
                    }
                    long left = (deadline - System.nanoTime()) / 1_000_000;
                    if (left <= 0 || selector.select(left) == 0 && System.nanoTime() >= deadline) {
                        throw new TransportException(TransportException.Problem.TIMEOUT, describe() + ": only "
                                + buf.position() + " of " + bytes.length + " bytes taken in " + timeout.toMillis()
                                + " ms; the device stopped reading (paper out, offline or busy)");
                    }
                    selector.selectedKeys().clear();
                }
            } finally {
                key.interestOps(0);
            }
        } catch (TransportException e) {
            throw e;
        } catch (IOException e) {
            throw lost("write failed", e);
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws TransportException {
        SocketChannel ch = requireOpen();
        ByteBuffer buf = ByteBuffer.wrap(buffer);
        try {
            int n = ch.read(buf);
            if (n == 0 && buffer.length > 0 && timeout.toMillis() > 0) {
                SelectionKey key = ch.register(selector, SelectionKey.OP_READ);
                try {
                    selector.select(timeout.toMillis());
                    selector.selectedKeys().clear();
                } finally {
                    key.interestOps(0);
                }
                n = ch.read(buf);
            }
            if (n < 0) {
                throw new TransportException(TransportException.Problem.LOST, describe()
                        + ": the device closed the connection (restarted or switched off?)");
            }
            return n;
        } catch (TransportException e) {
            throw e;
        } catch (IOException e) {
            throw lost("read failed", e);
        }
    }

    @Override
    public String describe() {
        return spec.text();
    }

    @Override
    public void close() {
        closeQuietly(channel, selector);
        channel = null;
        selector = null;
    }

    private SocketChannel requireOpen() throws TransportException {
        if (channel == null) {
            throw new TransportException(TransportException.Problem.NOT_OPEN, describe() + ": not open");
        }
        return channel;
    }

    private TransportException lost(String what, IOException e) {
        return new TransportException(TransportException.Problem.LOST, describe() + ": " + what + ": "
                + e.getMessage() + "; the device was switched off or the network went down", e);
    }

    private static void closeQuietly(SocketChannel ch, Selector sel) {
        try {
            if (sel != null) {
                sel.close();
            }
        } catch (IOException ignored) {
            // Nothing useful to do about a selector that fails to close.
        }
        try {
            if (ch != null) {
                ch.close();
            }
        } catch (IOException ignored) {
            // Closing is best effort: the link is going away either way.
        }
    }
}

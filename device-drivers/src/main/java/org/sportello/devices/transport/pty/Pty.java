package org.sportello.devices.transport.pty;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * One pseudo-terminal made in this process: a serial driver opens {@link #path()} (a {@code /dev/pts/N})
 * by name exactly as it would open {@code /dev/ttyUSB0}, and the caller plays the device through
 * {@link #read} and {@link #write} on the master side. For tests, benchmarks and simulators, never
 * for talking to real hardware.
 *
 * <p>The line is raw from the start (no echo, no line editing, no CR/LF translation), so every byte
 * value 0x00..0xFF crosses unchanged. The pseudo-terminal keeps a descriptor of its own on the
 * terminal side, as a real adapter's port stays there while programs open and close it: without it
 * the line would hang up each time the driver closes the port. {@link #close} removes the terminal
 * ({@code /dev/pts/N} disappears and any driver still holding it sees a hang-up, as when an adapter
 * is pulled out).
 *
 * <p>One thread may read while another writes; {@link #close} must not race with either.
 */
public final class Pty implements AutoCloseable {
    private static final int CHUNK = 4096;

    private final int master;
    private final int terminal;
    private final Path path;
    private volatile boolean open = true;

    private Pty(int master, int terminal, Path path) {
        this.master = master;
        this.terminal = terminal;
        this.path = path;
    }

    /**
     * Makes a raw pseudo-terminal.
     *
     * @throws IOException saying what failed and what the machine needs (Linux, /dev/ptmx, devpts, and
     *     {@code --enable-native-access=ALL-UNNAMED} where native access is denied)
     */
    public static Pty open() throws IOException {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            throw new IOException("pseudo-terminal pairs are made only on Linux, not on " + System.getProperty("os.name"));
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            int master = Libc.posixOpenpt(state, Libc.O_RDWR | Libc.O_NOCTTY | Libc.O_NONBLOCK | Libc.O_CLOEXEC);
            if (master < 0) {
                throw new IOException("cannot make a pseudo-terminal: posix_openpt failed: " + Libc.describe(Libc.errno(state))
                        + "; the machine needs /dev/ptmx and a devpts file system on /dev/pts");
            }
            int terminal = -1;
            try {
                if (Libc.grantpt(state, master) != 0) {
                    throw Libc.failure("grantpt", state);
                }
                if (Libc.unlockpt(state, master) != 0) {
                    throw Libc.failure("unlockpt", state);
                }
                MemorySegment name = arena.allocate(256);
                int error = Libc.ptsnameR(master, name);
                if (error != 0) {
                    throw new IOException("ptsname_r failed: " + Libc.describe(error));
                }
                String path = name.getString(0);
                terminal = Libc.open(state, arena.allocateFrom(path), Libc.O_RDWR | Libc.O_NOCTTY | Libc.O_NONBLOCK | Libc.O_CLOEXEC);
                if (terminal < 0) {
                    throw new IOException("cannot open " + path + ": " + Libc.describe(Libc.errno(state)));
                }
                makeRaw(arena, state, terminal, path);
                warmUp(state, master, name);
                return new Pty(master, terminal, Path.of(path));
            } catch (IOException | RuntimeException e) {
                if (terminal >= 0) {
                    Libc.close(state, terminal);
                }
                Libc.close(state, master);
                throw e;
            }
        } catch (IllegalCallerException | LinkageError | UnsupportedOperationException e) {
            // The C calls are bound when Libc is first used: a refusal shows up here, wrapped or not.
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String hint = cause instanceof IllegalCallerException
                    ? "native access is denied to this code; run Java with --enable-native-access=ALL-UNNAMED"
                    : "the C library's pseudo-terminal calls cannot be bound";
            throw new IOException("cannot make a pseudo-terminal: " + hint + " (" + cause + ")", e);
        }
    }

    private static void makeRaw(Arena arena, MemorySegment state, int fd, String path) throws IOException {
        MemorySegment termios = arena.allocate(Libc.TERMIOS_BYTES);
        if (Libc.tcgetattr(state, fd, termios) != 0) {
            throw new IOException("tcgetattr on " + path + " failed: " + Libc.describe(Libc.errno(state)));
        }
        Libc.cfmakeraw(termios);
        if (Libc.tcsetattr(state, fd, Libc.TCSANOW, termios) != 0) {
            throw new IOException("tcsetattr on " + path + " failed: " + Libc.describe(Libc.errno(state)));
        }
    }

    /**
     * Makes each C call once with nothing to move. The first call through a downcall handle links it,
     * which on a busy machine took over 100 ms: it belongs here, not inside the first timed exchange
     * (a printer's 500 ms status reply, say).
     */
    private static void warmUp(MemorySegment state, int master, MemorySegment scratch) {
        MemorySegment pollfd = scratch.asSlice(0, Libc.POLLFD.byteSize());
        pollfd.set(ValueLayout.JAVA_INT, 0, master);
        pollfd.set(ValueLayout.JAVA_SHORT, 4, Libc.POLLIN);
        Libc.poll(state, pollfd, 1, 0);
        Libc.read(state, master, scratch, 0);
        Libc.write(state, master, scratch, 0);
    }

    /** The terminal side's name, {@code /dev/pts/N}: what a serial driver opens. */
    public Path path() {
        return path;
    }

    public boolean isOpen() {
        return open;
    }

    /**
     * Reads what the driver has written, waiting at most {@code timeout} for the first byte.
     *
     * @return the number of bytes read, 0 when nothing came in time
     */
    public int read(byte[] buffer, Duration timeout) throws IOException {
        return read(buffer, 0, buffer.length, timeout);
    }

    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        requireOpen();
        if (length == 0) {
            return 0;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            if (!await(arena, state, Libc.POLLIN, timeout)) {
                return 0;
            }
            MemorySegment native_ = arena.allocate(Math.min(length, CHUNK));
            long n = Libc.read(state, master, native_, native_.byteSize());
            if (n < 0) {
                int errno = Libc.errno(state);
                if (errno == Libc.EAGAIN || errno == Libc.EINTR) {
                    return 0;
                }
                throw new IOException("read from the master of " + path + " failed: " + Libc.describe(errno));
            }
            MemorySegment.copy(native_, ValueLayout.JAVA_BYTE, 0, buffer, offset, (int) n);
            return (int) n;
        }
    }

    /**
     * Writes as the device would, for the driver to read; waits at most {@code timeout} while the
     * terminal's input queue is full (nobody reading).
     *
     * @return how many bytes went in, fewer than {@code length} only when the time ran out
     */
    public int write(byte[] bytes, int offset, int length, Duration timeout) throws IOException {
        requireOpen();
        long deadline = System.nanoTime() + timeout.toNanos();
        int written = 0;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            MemorySegment native_ = arena.allocate(Math.max(1, Math.min(length, CHUNK)));
            while (written < length) {
                Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
                if (!await(arena, state, Libc.POLLOUT, left)) {
                    return written;
                }
                int chunk = Math.min(length - written, (int) native_.byteSize());
                MemorySegment.copy(bytes, offset + written, native_, ValueLayout.JAVA_BYTE, 0, chunk);
                long n = Libc.write(state, master, native_, chunk);
                if (n < 0) {
                    int errno = Libc.errno(state);
                    if (errno == Libc.EAGAIN || errno == Libc.EINTR) {
                        continue;
                    }
                    throw new IOException("write to the master of " + path + " failed: " + Libc.describe(errno));
                }
                written += (int) n;
            }
            return written;
        }
    }

    /** Writes every byte or fails saying how many went in before {@code timeout}. */
    public void write(byte[] bytes, Duration timeout) throws IOException {
        int n = write(bytes, 0, bytes.length, timeout);
        if (n != bytes.length) {
            throw new IOException("wrote " + n + " of " + bytes.length + " bytes to the master of " + path + " in "
                    + timeout.toMillis() + " ms: nobody reads " + path);
        }
    }

    /** Waits until the master is readable or writable; false when the time ran out. */
    private boolean await(Arena arena, MemorySegment state, short events, Duration timeout) throws IOException {
        MemorySegment pollfd = arena.allocate(Libc.POLLFD);
        pollfd.set(ValueLayout.JAVA_INT, 0, master);
        pollfd.set(ValueLayout.JAVA_SHORT, 4, events);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(0, (deadline - System.nanoTime() + 999_999) / 1_000_000));
            int ready = Libc.poll(state, pollfd, 1, millis);
            if (ready > 0) {
                return true;
            }
            if (ready == 0) {
                return false;
            }
            if (Libc.errno(state) != Libc.EINTR) {
                throw new IOException("poll on the master of " + path + " failed: " + Libc.describe(Libc.errno(state)));
            }
        }
    }

    private void requireOpen() throws IOException {
        if (!open) {
            throw new IOException("the pseudo-terminal " + path + " is closed");
        }
    }

    /**
     * Removes the pseudo-terminal: the master first, so a driver on {@link #path()} sees the hang-up,
     * then this side's own descriptor on the terminal.
     */
    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            Libc.close(state, master);
            Libc.close(state, terminal);
        }
    }

    @Override
    public String toString() {
        return "pty " + path + (open ? "" : " (closed)");
    }
}

package org.sportello.devices.transport.pty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Two pseudo-terminals linked back to back, what {@code socat pty,raw,echo=0 pty,raw,echo=0} makes,
 * but from Java: bytes a driver writes to {@link #a()} come out of {@link #b()} and back, through the
 * kernel's tty layer on both sides, so both ends can be opened by a serial driver (jSerialComm) as
 * if a null-modem cable joined two ports. For tests, benchmarks and simulators.
 *
 * <p>Two threads copy between the masters. Like a real line, it holds back when one side stops
 * reading: the copier waits, the other side's buffers fill up, and its writes block (a printer gone
 * offline). Optionally the pair has stable names (symbolic links), so {@link #unplug} and
 * {@link #plugIn} can make the ports disappear and come back under the same names.
 */
public final class PtyPair implements AutoCloseable {
    /** How often a copier looks up from a quiet line to see whether the pair is being closed. */
    private static final Duration GLANCE = Duration.ofMillis(20);

    private final Optional<Path> linkA;
    private final Optional<Path> linkB;
    private final AtomicReference<IOException> copyFailure = new AtomicReference<>();
    private Pty a;
    private Pty b;
    private Thread aToB;
    private Thread bToA;
    private volatile boolean running;

    private PtyPair(Optional<Path> linkA, Optional<Path> linkB) {
        this.linkA = linkA;
        this.linkB = linkB;
    }

    /** A linked pair reached by its {@code /dev/pts/N} names. */
    public static PtyPair open() throws IOException {
        PtyPair pair = new PtyPair(Optional.empty(), Optional.empty());
        pair.plugIn();
        return pair;
    }

    /**
     * A linked pair reached through symbolic links at {@code a} and {@code b} (replaced if present),
     * as udev gives an adapter a stable name.
     */
    public static PtyPair linkedAt(Path a, Path b) throws IOException {
        PtyPair pair = new PtyPair(Optional.of(a), Optional.of(b));
        pair.plugIn();
        return pair;
    }

    /** The name a driver opens for one end: the link if the pair has one, else {@code /dev/pts/N}. */
    public Path a() {
        return linkA.orElseGet(() -> current(a).path());
    }

    public Path b() {
        return linkB.orElseGet(() -> current(b).path());
    }

    private static Pty current(Pty pty) {
        if (pty == null) {
            throw new IllegalStateException("the pty pair is unplugged: its /dev/pts names are gone");
        }
        return pty;
    }

    public boolean isPluggedIn() {
        return running;
    }

    /** The first error a copier met, if any: the pair stopped copying then. */
    public Optional<IOException> copyFailure() {
        return Optional.ofNullable(copyFailure.get());
    }

    /**
     * Makes fresh pseudo-terminals under the same link names, like plugging the device back in. Does
     * nothing if the pair is plugged in already.
     */
    public synchronized void plugIn() throws IOException {
        if (running) {
            return;
        }
        Pty first = Pty.open();
        Pty second;
        try {
            second = Pty.open();
        } catch (IOException e) {
            first.close();
            throw e;
        }
        try {
            if (linkA.isPresent()) {
                link(linkA.get(), first.path());
                link(linkB.orElseThrow(), second.path());
            }
        } catch (IOException e) {
            first.close();
            second.close();
            throw e;
        }
        a = first;
        b = second;
        running = true;
        aToB = copier(first, second);
        bToA = copier(second, first);
    }

    private static void link(Path link, Path target) throws IOException {
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, target);
    }

    private Thread copier(Pty from, Pty to) {
        return Thread.ofPlatform().daemon().name("pty " + from.path() + " -> " + to.path()).start(() -> {
            byte[] buffer = new byte[4096];
            try {
                while (running) {
                    int n = from.read(buffer, GLANCE);
                    int sent = 0;
                    while (sent < n && running) {
                        sent += to.write(buffer, sent, n - sent, GLANCE);
                    }
                }
            } catch (IOException e) {
                copyFailure.compareAndSet(null, e);
            } catch (RuntimeException e) {
                copyFailure.compareAndSet(null, new IOException("copying between the ptys failed", e));
            }
        });
    }

    /**
     * Removes both pseudo-terminals and their links, like pulling the cable out: a driver holding an
     * end sees a hang-up, and opening the name again finds nothing until {@link #plugIn}.
     */
    public synchronized void unplug() {
        if (!running) {
            return;
        }
        running = false;
        // The copiers use the descriptors until they notice; closing under them could hit a reused number.
        join(aToB);
        join(bToA);
        a.close();
        b.close();
        a = null;
        b = null;
        for (Optional<Path> link : java.util.List.of(linkA, linkB)) {
            link.ifPresent(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot remove the pty link " + path, e);
                }
            });
        }
    }

    private static void join(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        unplug();
    }

    @Override
    public String toString() {
        return running ? "pty pair " + a() + " <-> " + b() : "pty pair (unplugged)";
    }
}

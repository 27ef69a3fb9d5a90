package org.sportello.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One demo per data folder: the first holds a lock on {@code demo.lock} in it, with its office's
 * address written inside, for as long as it runs. A second demo on the same folder finds the lock
 * taken and says where the first one is, at once, instead of waiting for the database and failing.
 * The operating system releases the lock when the process ends, however it ends.
 */
final class DemoLock implements AutoCloseable {
    static final String FILE = "demo.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private DemoLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another demo holds it; {@link #holder} then says what it wrote. */
    static Optional<DemoLock> take(Path data) {
        try {
            Files.createDirectories(data);
            FileChannel channel = FileChannel.open(data.resolve(FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new DemoLock(channel, lock));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + data.resolve(FILE), e);
        }
    }

    /** What the running demo wrote in the lock file (its office's address), or "" if nothing yet. */
    static String holder(Path data) {
        try {
            return Files.readString(data.resolve(FILE), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** Writes where this demo's office is, for a second demo to say. */
    void announce(String address) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(address.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // The process is ending; the operating system drops the lock anyway.
        }
    }
}

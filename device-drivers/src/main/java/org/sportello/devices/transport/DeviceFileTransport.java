package org.sportello.devices.transport;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A character device used as a file, typically {@code /dev/usb/lp0} from the kernel's usblp
 * driver. Device files have no timeouts of their own (a read waits until the printer says
 * something, a write waits while it is offline), so the blocking calls run on two worker threads
 * and the caller waits at most its timeout. A read that times out stays pending and its bytes are
 * handed to the next read, so nothing the device sent is lost.
 *
 * <p>Not thread-safe: one driver thread talks to one device.
 */
public final class DeviceFileTransport implements Transport {
    private static final int CHUNK = 4096;
    /** How often to look again when a read finds nothing, e.g. at the end of a plain file. */
    private static final long IDLE_POLL_MS = 10;

    private final TransportSpec.DeviceFile spec;
    private RandomAccessFile file;
    private ExecutorService reader;
    private ExecutorService writer;
    private Future<byte[]> pendingRead;
    private byte[] leftover = new byte[0];

    public DeviceFileTransport(TransportSpec.DeviceFile spec) {
        this.spec = spec;
    }

    @Override
    public void open() throws TransportException {
        if (file != null) {
            return;
        }
        Path path = spec.path();
        if (!Files.exists(path)) {
            throw new TransportException(TransportException.Problem.NOT_FOUND, describe() + ": " + path
                    + " does not exist; is the printer plugged in and switched on? (usblp creates /dev/usb/lp0 when it is)");
        }
        if (Files.isDirectory(path)) {
            throw new TransportException(TransportException.Problem.NOT_FOUND, describe() + ": " + path
                    + " is a directory, not a device file");
        }
        if (!Files.isReadable(path) || !Files.isWritable(path)) {
            throw permissionDenied(null);
        }
        try {
            // "rw" opens O_RDWR (O_CREAT too, harmless since it exists): usblp allows a single
            // open, so reading and writing must share one descriptor.
            file = new RandomAccessFile(path.toFile(), "rw");
        } catch (FileNotFoundException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("Permission denied")) {
                throw permissionDenied(e);
            }
            if (m.contains("busy")) {
                throw new TransportException(TransportException.Problem.BUSY, describe() + ": " + path
                        + " is busy; another program (CUPS?) has it open", e);
            }
            throw new TransportException(TransportException.Problem.NOT_FOUND, describe() + ": cannot open "
                    + path + ": " + m, e);
        }
        reader = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("devfile-read").factory());
        writer = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("devfile-write").factory());
        pendingRead = null;
        leftover = new byte[0];
    }

    @Override
    public boolean isOpen() {
        return file != null;
    }

    @Override
    public void write(byte[] bytes, Duration timeout) throws TransportException {
        requireOpen();
        RandomAccessFile f = file;
        Future<?> done = writer.submit(() -> {
            f.write(bytes);
            return null;
        });
        try {
            done.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // The write may still complete or not; the link is in an unknown state, so drop it.
            close();
            throw new TransportException(TransportException.Problem.TIMEOUT, describe() + ": " + bytes.length
                    + " bytes not taken within " + timeout.toMillis() + " ms; the device is offline or busy");
        } catch (ExecutionException e) {
            close();
            throw lost("write failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(TransportException.Problem.TIMEOUT, describe() + ": interrupted while writing");
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws TransportException {
        requireOpen();
        if (leftover.length == 0) {
            if (pendingRead == null) {
                RandomAccessFile f = file;
                pendingRead = reader.submit(() -> readSome(f));
            }
            try {
                leftover = pendingRead.get(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
                pendingRead = null;
            } catch (TimeoutException e) {
                return 0;
            } catch (ExecutionException e) {
                close();
                throw lost("read failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
        int n = Math.min(buffer.length, leftover.length);
        System.arraycopy(leftover, 0, buffer, 0, n);
        leftover = Arrays.copyOfRange(leftover, n, leftover.length);
        return n;
    }

    private static byte[] readSome(RandomAccessFile f) throws IOException, InterruptedException {
        byte[] chunk = new byte[CHUNK];
        while (true) {
            int n = f.read(chunk);
            if (n > 0) {
                return Arrays.copyOf(chunk, n);
            }
            // Nothing now (end of a plain file, or a device with nothing to say): look again soon.
            Thread.sleep(IDLE_POLL_MS);
        }
    }

    @Override
    public String describe() {
        return spec.text();
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.shutdownNow();
            writer.shutdownNow();
        }
        if (file != null) {
            try {
                file.close();
            } catch (IOException ignored) {
                // The device is going away either way.
            }
        }
        file = null;
        reader = null;
        writer = null;
        pendingRead = null;
        leftover = new byte[0];
    }

    private void requireOpen() throws TransportException {
        if (file == null) {
            throw new TransportException(TransportException.Problem.NOT_OPEN, describe() + ": not open");
        }
    }

    private TransportException permissionDenied(Exception cause) {
        return new TransportException(TransportException.Problem.PERMISSION_DENIED, describe()
                + ": permission denied on " + spec.path() + "; add the user to the 'lp' group "
                + "(sudo usermod -aG lp $USER) and log in again", cause);
    }

    private TransportException lost(String what, Throwable cause) {
        return new TransportException(TransportException.Problem.LOST, describe() + ": " + what + ": "
                + cause.getMessage() + "; the device was unplugged or switched off", cause);
    }
}

package org.sportello.devices.transport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * Appends every written byte to a file and answers nothing: a printer for demos, and a way to
 * look at exactly what a driver sends ({@code xxd capture.bin}). Reads return 0 at once rather
 * than waiting out the timeout, since no answer will ever come.
 */
public final class CaptureFileTransport implements Transport {
    private final TransportSpec.Capture spec;
    private FileChannel channel;

    public CaptureFileTransport(TransportSpec.Capture spec) {
        this.spec = spec;
    }

    @Override
    public void open() throws TransportException {
        if (channel != null) {
            return;
        }
        Path path = spec.path().toAbsolutePath();
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new TransportException(TransportException.Problem.PERMISSION_DENIED, describe()
                    + ": no permission to write " + path, e);
        } catch (IOException e) {
            throw new TransportException(TransportException.Problem.NOT_FOUND, describe() + ": cannot create "
                    + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean isOpen() {
        return channel != null;
    }

    @Override
    public void write(byte[] bytes, Duration timeout) throws TransportException {
        if (channel == null) {
            throw new TransportException(TransportException.Problem.NOT_OPEN, describe() + ": not open");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        try {
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
        } catch (IOException e) {
            throw new TransportException(TransportException.Problem.LOST, describe() + ": cannot write: "
                    + e.getMessage() + " (disk full?)", e);
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws TransportException {
        if (channel == null) {
            throw new TransportException(TransportException.Problem.NOT_OPEN, describe() + ": not open");
        }
        return 0;
    }

    @Override
    public String describe() {
        return spec.text();
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing was buffered in Java; the bytes are with the OS already.
            }
            channel = null;
        }
    }
}

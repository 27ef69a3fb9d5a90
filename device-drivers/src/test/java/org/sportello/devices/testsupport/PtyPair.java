package org.sportello.devices.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Two linked pseudo-terminals from socat, so serial drivers are tested on a real tty with
 * jSerialComm: bytes written to one end come out of the other. Closed (and socat stopped) by
 * {@link #close}.
 */
public final class PtyPair implements AutoCloseable {
    private final Process socat;
    private final Path a;
    private final Path b;

    private PtyPair(Process socat, Path a, Path b) {
        this.socat = socat;
        this.a = a;
        this.b = b;
    }

    public static boolean socatAvailable() {
        return Files.isExecutable(Path.of("/usr/bin/socat")) || Files.isExecutable(Path.of("/usr/local/bin/socat"));
    }

    public static PtyPair open(Path dir) throws IOException, InterruptedException {
        Path a = dir.resolve("A");
        Path b = dir.resolve("B");
        Process p = new ProcessBuilder("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("socat.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(a) && Files.exists(b))) {
            if (System.nanoTime() > deadline || !p.isAlive()) {
                p.destroyForcibly();
                throw new IOException("socat did not create the pty pair: " + Files.readString(dir.resolve("socat.log")));
            }
            Thread.sleep(20);
        }
        return new PtyPair(p, a, b);
    }

    public String a() {
        return a.toString();
    }

    public String b() {
        return b.toString();
    }

    @Override
    public void close() throws InterruptedException {
        socat.destroy();
        if (!socat.waitFor(2, TimeUnit.SECONDS)) {
            socat.destroyForcibly();
        }
    }
}

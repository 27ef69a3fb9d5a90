package org.sportello.devices.transport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real linked pair of pseudo-terminals made by socat, reachable as {@code dir/a} and {@code dir/b}:
 * what one end writes the other reads, through the same kernel tty layer a USB-serial adapter uses.
 * Killing socat is the closest thing to pulling the cable out.
 */
final class SocatPair implements AutoCloseable {
    final Path a;
    final Path b;
    private Process process;

    private SocatPair(Path dir) {
        this.a = dir.resolve("a");
        this.b = dir.resolve("b");
    }

    static boolean socatInstalled() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, "socat"))) {
                return true;
            }
        }
        return false;
    }

    /** Starts socat, or skips the test when socat is not installed (CI installs it). */
    static SocatPair start(Path dir) throws IOException, InterruptedException {
        assumeTrue(socatInstalled(), "socat is not installed");
        SocatPair pair = new SocatPair(dir);
        pair.restart();
        return pair;
    }

    /** Starts a new socat with the same link names, like plugging the device back in. */
    void restart() throws IOException, InterruptedException {
        kill();
        process = new ProcessBuilder("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(a) && Files.exists(b))) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new IOException("socat did not create " + a + " and " + b);
            }
            Thread.sleep(5);
        }
    }

    /** Kills socat and waits until its links are gone: the "unplugged" case. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            process = null;
        }
        // socat removes its links on exit; a killed -9 one would not, so do it for it.
        try {
            Files.deleteIfExists(a);
            Files.deleteIfExists(b);
        } catch (IOException ignored) {
            // Best effort; the next socat replaces them anyway.
        }
        assert !Files.exists(a, LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}

package org.sportello.server.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real linked pair of pseudo-terminals from socat ({@code socat -d -d pty,raw,echo=0,link=A
 * pty,raw,echo=0,link=B}): the command under test opens one end as a serial port, the test plays
 * the device on the other. Tests are skipped, not failed, where socat is not installed.
 */
final class SocatPtys implements AutoCloseable {
    final Path device;
    final Path host;
    private final Process socat;

    private SocatPtys(Path device, Path host, Process socat) {
        this.device = device;
        this.host = host;
        this.socat = socat;
    }

    static SocatPtys start(Path dir, String deviceName) throws IOException, InterruptedException {
        assumeTrue(installed(), "socat is not installed");
        Path device = dir.resolve(deviceName);
        Path host = dir.resolve("host");
        Process p = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + device,
                "pty,raw,echo=0,link=" + host)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("socat.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(device) && Files.exists(host))) {
            if (System.nanoTime() > deadline || !p.isAlive()) {
                p.destroyForcibly();
                throw new IOException("socat did not make the pty pair: " + Files.readString(dir.resolve("socat.log")));
            }
            Thread.sleep(10);
        }
        return new SocatPtys(device, host, p);
    }

    /** The transport string the command under test is given. */
    String hostSpec() {
        return "serial:" + host + "@9600";
    }

    String deviceSpec() {
        return "serial:" + device + "@9600";
    }

    private static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, "socat"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws InterruptedException {
        socat.destroy();
        if (!socat.waitFor(3, TimeUnit.SECONDS)) {
            socat.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
        }
    }
}

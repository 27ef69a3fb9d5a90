package org.sportello.server.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.sportello.server.storage.OfficeDatabase;

/**
 * An H2 TCP server in a JVM of its own, on a fixed port and folder, that a test stops and starts
 * again as when the office server's machine reboots.
 *
 * <p>Why a separate process: an H2 server inside the test's JVM shares H2's engine with the apps
 * under test; stopping it while a call is in flight can leave that engine holding a half-closed
 * database that no later session can open, which a real reboot (a fresh JVM) never does. The child
 * runs the test's class path, so the queue function ({@code sportello_queue}) is there too.
 */
public final class OfficeServerProcess implements AutoCloseable {
    private final Path dataDir;
    private final int port;
    private Process process;

    private OfficeServerProcess(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    /** A server for {@code dataDir} on a free port, not yet started. */
    public static OfficeServerProcess in(Path dataDir) {
        try (ServerSocket probe = new ServerSocket(0)) {
            return new OfficeServerProcess(dataDir, probe.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return OfficeDatabase.tcpUrl("localhost", port);
    }

    /** Starts the server and returns once it accepts connections. */
    public synchronized OfficeServerProcess start() {
        if (process != null) {
            throw new IllegalStateException("already running");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Xmx256m", "org.h2.tools.Server", "-tcp", "-tcpPort", Integer.toString(port),
                "-baseDir", dataDir.toString(), "-ifNotExists")
                .redirectErrorStream(true);
        // The port was just released by the previous run; give the OS a moment if it still holds it.
        for (int attempt = 1; ; attempt++) {
            try {
                process = pb.start();
                awaitRunning(process);
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (IllegalStateException e) {
                process.destroyForcibly();
                process = null;
                if (attempt == 10) {
                    throw e;
                }
                pause(500);
            }
        }
    }

    /** H2 prints "TCP server running at …" once it listens; anything else first is a failure to start. */
    private void awaitRunning(Process p) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
            StringBuilder seen = new StringBuilder();
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    seen.append(line).append('\n');
                    if (line.startsWith("TCP server running")) {
                        return "";
                    }
                }
            } catch (IOException e) {
                seen.append(e);
            }
            return seen.toString();
        });
        String failure;
        try {
            failure = first.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IllegalStateException("H2 server on port " + port + " did not start in 60 s", e);
        }
        if (!failure.isEmpty()) {
            throw new IllegalStateException("H2 server on port " + port + " did not start:\n" + failure);
        }
        // Keep draining its output so the child never blocks on a full pipe.
        Thread.ofVirtual().start(() -> {
            try {
                while (out.readLine() != null) {
                    // discarded
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
    }

    /** Stops the server as a service stop would (SIGTERM), waiting until the process has gone. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the H2 server", e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}

package org.sportello.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.sportello.link.StationLink;
import org.sportello.model.testing.MutableClock;
import org.sportello.server.testing.TestOffice;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.station.OfficeAddress;
import org.sportello.protocol.station.StationIdentity;
import org.sportello.protocol.station.StationJoin;
import org.sportello.server.OfficeApis;
import org.sportello.server.OfficeServer;
import org.sportello.server.ServerStartException;

/**
 * A real office server for the apps' end-to-end tests: the demo office in an H2 file, served over
 * mutual TLS on 127.0.0.1 with every office service. It can be stopped and started again on the same
 * data folder and the same ports, as when the office PC reboots. The enrolment port is the main port
 * + 1, as in an office, so {@code --office} alone is enough to join.
 */
public final class LoopbackOffice implements AutoCloseable {
    /** The office's clock: a Tuesday morning in Rome, when every demo service is open. */
    private final MutableClock clock = new MutableClock(TestOffice.TUESDAY_MORNING.atZone(TestOffice.ROME).toInstant());
    private final Path data;
    private int port;
    private OfficeServer server;

    private LoopbackOffice(Path data) {
        this.data = data;
    }

    /** Writes the demo office (stations, operators {@code mrossi}/{@code demo} …) into {@code dir} and serves it. */
    public static LoopbackOffice start(Path dir) {
        return start(dir, office -> {
        });
    }

    /** As {@link #start(Path)}, with {@code prepare} writing more into the office before the server takes it. */
    public static LoopbackOffice start(Path dir, java.util.function.Consumer<TestOffice> prepare) {
        Path data = dir.resolve("data");
        try (TestOffice office = TestOffice.embedded(data)) {
            // The demo office, written before the server takes the database.
            prepare.accept(office);
        }
        LoopbackOffice office = new LoopbackOffice(data);
        office.startAgain();
        return office;
    }

    /** Starts the server (again) on the same folder and ports. */
    public synchronized void startAgain() {
        if (server != null) {
            throw new IllegalStateException("the office server is running");
        }
        ServerStartException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            int wanted = port != 0 ? port : twoFreePorts();
            try {
                server = OfficeServer.start(OfficeServer.Options.loopback(data).withPort(wanted),
                        s -> OfficeApis.on(s, clock));
                port = wanted;
                return;
            } catch (ServerStartException e) {
                // Another process took one of the two ports between the probe and the start: probe again,
                // or (on a restart) give the closed socket a moment to be released.
                last = e;
                sleep(250);
            }
        }
        throw last;
    }

    /** Stops the server as a reboot would: the ports close, open streams end, the database is shut down. */
    public synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    public MutableClock clock() {
        return clock;
    }

    /** What a workstation passes as {@code --office}. */
    public OfficeAddress address() {
        return new OfficeAddress("127.0.0.1", port);
    }

    /** A one-time code for a new station, as {@code sportello station enrol} prints it. */
    public synchronized String enrol(String name, StationRole role) {
        return server.stations().enrol(name, role).grouped();
    }

    /** Enrols and joins a station with its identity in {@code identityFolder}, and opens its link. */
    public StationLink station(String name, StationRole role, Path identityFolder) {
        StationJoin.join(address(), address().enrolmentPort(), enrol(name, role), identityFolder);
        return StationLink.open(address(), StationIdentity.load(identityFolder), clock);
    }

    @Override
    public void close() {
        stop();
    }

    /** A free port whose next one is free too (main and enrolment), both on the loopback address. */
    private static int twoFreePorts() {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket first = new ServerSocket(0, 1, loopback)) {
                int p = first.getLocalPort();
                if (p >= 65_535) {
                    continue;
                }
                try (ServerSocket second = new ServerSocket(p + 1, 1, loopback)) {
                    return p;
                } catch (IOException taken) {
                    // Try another pair.
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no two adjacent free ports on the loopback address");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

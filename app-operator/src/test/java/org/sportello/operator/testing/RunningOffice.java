package org.sportello.operator.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.sportello.link.StationLink;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.Ticket;
import org.sportello.model.testing.MutableClock;
import org.sportello.server.testing.TestOffice;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.station.OfficeAddress;
import org.sportello.protocol.station.StationIdentity;
import org.sportello.protocol.station.StationJoin;
import org.sportello.server.OfficeApis;
import org.sportello.server.OfficeServer;

/**
 * A real office server on 127.0.0.1 (mutual TLS, every office service) over a real H2 file with the
 * demo office, whose clock the test moves; it can be stopped and started again on the same data
 * folder and ports, as a restart of the office PC. Stations are enrolled and joined as in an office.
 */
public final class RunningOffice implements AutoCloseable {
    public final MutableClock clock = new MutableClock(TestOffice.TUESDAY_MORNING.atZone(TestOffice.ROME).toInstant());
    private final Path dir;
    private final Path data;
    private OfficeServer server;
    private int port;
    private int enrolmentPort = -1;
    private StationLink kiosk;
    private StationLink terminal;

    public RunningOffice(Path dir) {
        this(dir, office -> { });
    }

    /** With {@code seed} run on the demo office's database before the server takes it (a catalogue, files). */
    public RunningOffice(Path dir, java.util.function.Consumer<TestOffice> seed) {
        this.dir = dir;
        this.data = dir.resolve("data");
        try (TestOffice office = TestOffice.embedded(data)) {
            // The demo office (operators mrossi, lbianchi, gverdi, admin; password demo), before the server takes it.
            seed.accept(office);
        }
        start();
    }

    /** Starts the server; after a {@link #stop()}, on the same ports, so stations find it where it was. */
    public void start() {
        server = OfficeServer.start(OfficeServer.Options.loopback(data).withPort(port)
                .withEnrolmentPort(enrolmentPort).withClock(clock), s -> OfficeApis.on(s, clock));
        port = server.port();
        enrolmentPort = server.enrolmentPort();
    }

    public void stop() {
        server.close();
    }

    public OfficeAddress address() {
        return new OfficeAddress("127.0.0.1", port);
    }

    /** Enrols a station with {@code role} and joins it as the workstation would; its identity folder. */
    public Path enrol(String name, StationRole role) {
        Path identity = dir.resolve("stations").resolve(name);
        String code = server.stations().enrol(name, role).grouped();
        StationJoin.join(address(), enrolmentPort, code, identity);
        return identity;
    }

    /** A desk station's link, as {@code OperatorMain} opens it. */
    public StationLink desk(String name) {
        return StationLink.open(address(), StationIdentity.load(enrol(name, StationRole.DESK)), clock);
    }

    /**
     * A citizen's tap at the hall kiosk (its own enrolled station), ten seconds after the previous one
     * so the order in line is clear; {@code codiceFiscale} from the health card shown there, or null.
     */
    public Ticket issueAtKiosk(String prefix, String codiceFiscale) {
        if (kiosk == null) {
            kiosk = StationLink.open(address(), StationIdentity.load(enrol("kiosk-hall", StationRole.KIOSK)), clock);
        }
        clock.advance(Duration.ofSeconds(10));
        return kiosk.services().queue().issue(new IssueRequest(prefix, PriorityClass.STANDARD, "it",
                UUID.randomUUID().toString(), codiceFiscale)).ticket();
    }

    /**
     * "Porta allo sportello" at the self-service terminal (its own enrolled station): the offers chosen go with the
     * citizen's ticket of today.
     */
    public org.sportello.model.offers.AttachOutcome attachAtTerminal(String codiceFiscale, java.util.List<String> offerIds) {
        if (terminal == null) {
            terminal = StationLink.open(address(), StationIdentity.load(enrol("terminale-sala", StationRole.SELF_SERVICE)),
                    clock);
        }
        return new org.sportello.protocol.client.RemoteOffers(terminal.channel()).attach(codiceFiscale, offerIds);
    }

    /** A ticket as the kiosk reads it today (the public view: no codice fiscale). */
    public Ticket kioskView(String code) {
        return kiosk.services().queue().findToday(code).orElseThrow();
    }

    @Override
    public void close() {
        if (kiosk != null) {
            kiosk.close();
        }
        if (terminal != null) {
            terminal.close();
        }
        if (server != null) {
            server.close();
        }
    }
}

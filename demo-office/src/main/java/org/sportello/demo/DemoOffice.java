package org.sportello.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.application.Application;
import org.sportello.model.auth.PasswordHasher;
import org.sportello.server.storage.JooqOfficeSetupWriter;
import org.sportello.server.storage.JooqPersonSeed;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.model.setup.DemoPeople;
import org.sportello.model.setup.OfficeSetupFile;
import org.sportello.link.StationLink;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.station.OfficeAddress;
import org.sportello.protocol.station.StationIdentity;
import org.sportello.protocol.station.StationJoin;
import org.sportello.server.OfficeApis;
import org.sportello.server.OfficeServer;

/**
 * The one-command demo office ({@code ./demo}): an office server on this machine with the demo set-up
 * and a few people waiting, then the kiosk, desk, hall display and printed-tickets windows, each an
 * enrolled station talking to the server over the office protocol (ADR 23), as in a real office.
 *
 * <pre>usage: DemoOffice [--data DIR] [--reset]</pre>
 */
public final class DemoOffice {
    private DemoOffice() {
    }

    public static void main(String[] args) {
        DemoConsole.quiet();
        Path data = Path.of("demo-data");
        boolean reset = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--reset" -> reset = true;
                case "--help", "-h" -> {
                    System.out.println("usage: ./demo [--data DIR] [--reset]");
                    return;
                }
                default -> {
                    System.err.println("unknown option: " + args[i] + " (try --help)");
                    System.exit(2);
                }
            }
        }
        Optional<DemoLock> lock = DemoLock.take(data);
        if (lock.isEmpty()) {
            String where = DemoLock.holder(data);
            System.err.println("A demo is already running" + (where.isEmpty() ? "" : " (office " + where + ")")
                    + " on " + data.toAbsolutePath() + ": use its windows, close them first, or start another with"
                    + " --data OTHER_FOLDER.");
            System.exit(1);
        }
        if (reset) {
            deleteTreeExcept(data, data.resolve(DemoLock.FILE));
        }
        DemoStations office = prepare(data);
        lock.get().announce(office.server().address());
        System.out.println("Sportello demo office: " + office.server().address()
                + " (its own kiosk, desk and hall display are enrolled stations)");
        System.out.println("Operator desk: log in as mrossi / demo (counter 1), F1 calls the next ticket.");
        Runtime.getRuntime().addShutdownHook(new Thread(office.server()::close, "demo-server-stop"));
        Application.launch(DemoApp.class, "--office=" + office.server().address(),
                "--stations=" + office.stations().toAbsolutePath(),
                "--printed=" + data.resolve("printed").toAbsolutePath());
        office.server().close();
        System.exit(0);
    }

    /** The demo's server and the folder of its stations' identities. */
    record DemoStations(OfficeServer server, Path stations) {
    }

    /**
     * Loads the demo set-up and its citizens into the data folder's database, starts the office server
     * on free ports of this machine only, enrols the demo's stations (once: their identities stay in
     * the data folder) and has a few people waiting, issued by the demo kiosk over the office protocol.
     */
    static DemoStations prepare(Path data) {
        try (OfficeDatabase db = OfficeDatabase.open(OfficeServer.inProcessUrl(data))) {
            db.migrate();
            // The demo office's published passwords ("demo") exist only here, never in a real office.
            new JooqOfficeSetupWriter(db, new PasswordHasher()).apply(OfficeSetupFile.demo());
            try (OfficeConnection office = OfficeConnection.open(db, Clock.systemUTC())) {
                // Citizens with a file, so the desk can issue every kind of certificate (F11); never overwritten.
                new JooqPersonSeed(office.database(), office.directory().office().id(), Clock.systemUTC())
                        .add(DemoPeople.files(LocalDate.now(office.directory().office().zone())));
                // Their cases: a case manager, a pact and an overdue talk for one of them (ADR 29).
                org.sportello.server.cases.DemoCaseSeed.seed(office.database().dataSource(), office.cases(),
                        office.documentService(), LocalDate.now(office.directory().office().zone()));
                // Their citizen files (F12), the office's territory and one company communication (Shift+F12).
                DemoProfiles.add(office, LocalDate.now(office.directory().office().zone()));
                // Job offers, courses and places around Bologna for the self-consultation terminal (issue 12).
                org.sportello.server.offers.DemoCatalogue.load(office.offers(), 400, 40);
                // A day of appointments for the demo citizens (issue 13): the agenda and check-in have something to show.
                var supervisor = office.auth().login("gverdi", "demo".toCharArray());
                int booked = DemoAgenda.seed(office.agenda(), supervisor, office.directory().office().zone(),
                        Clock.systemUTC());
                // Check-in opens a slot's length before the start in the demo, so the first appointment can be
                // checked in at the kiosk as soon as the demo is up (the shipped rule: 15 minutes).
                var rule = office.checkIn().rule();
                office.checkIn().saveRule(supervisor, new org.sportello.model.agenda.CheckInRule(
                        DemoAgenda.CHECK_IN_EARLY, rule.late(), rule.walkInFallback(), rule.service()));
                if (booked > 0) {
                    System.out.println(booked + " appointments booked for the demo citizens.");
                }
            }
        }
        OfficeServer server = OfficeServer.start(OfficeServer.Options.loopback(data), OfficeApis::on);
        Path stations = data.resolve("stations");
        try {
            for (DemoStation s : DemoStation.values()) {
                Path folder = stations.resolve(s.folder);
                boolean known = server.stations().list().stream()
                        .anyMatch(st -> st.name().equals(s.name) && st.revokedAt() == null);
                if (!known || !StationIdentity.exists(folder)) {
                    deleteTree(folder);
                    String code = server.stations().enrol(s.name, s.role).code();
                    StationJoin.join(OfficeAddress.parse(server.address()), server.enrolmentPort(), code, folder);
                }
            }
            try (StationLink kiosk = StationLink.open(OfficeAddress.parse(server.address()),
                    StationIdentity.load(stations.resolve(DemoStation.KIOSK.folder)), Clock.systemUTC())) {
                int issued = DemoTraffic.seed(kiosk.services().queue());
                if (issued > 0) {
                    System.out.println(issued + " citizens are already waiting.");
                }
            }
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return new DemoStations(server, stations);
    }

    /** The demo's workstations, as an office would enrol them. */
    enum DemoStation {
        KIOSK("chiosco-ingresso", StationRole.KIOSK, "kiosk"),
        DESK("sportello-1", StationRole.DESK, "desk"),
        HALL("sala", StationRole.DISPLAY, "hall"),
        TERMINAL("terminale-autoconsultazione", StationRole.SELF_SERVICE, "terminal");

        final String name;
        final StationRole role;
        final String folder;

        DemoStation(String name, StationRole role, String folder) {
            this.name = name;
            this.role = role;
            this.folder = folder;
        }
    }

    /** As {@link #deleteTree}, keeping one file (the lock this demo holds). */
    private static void deleteTreeExcept(Path dir, Path keep) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(keep) && !p.equals(dir)) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reset " + dir, e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reset " + dir, e);
        }
    }
}

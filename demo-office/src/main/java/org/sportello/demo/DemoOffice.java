package org.sportello.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import javafx.application.Application;
import org.sportello.model.auth.PasswordHasher;
import org.sportello.server.storage.JooqOfficeSetupWriter;
import org.sportello.server.storage.JooqPersonSeed;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.model.setup.DemoPeople;
import org.sportello.model.setup.OfficeSetupFile;
import org.sportello.server.OfficeServer;

/**
 * The one-command demo office ({@code ./demo}): an office server on this machine with the demo set-up
 * and a few people waiting, then the kiosk, desk, hall display and printed-tickets windows.
 *
 * <pre>usage: DemoOffice [--data DIR] [--reset]</pre>
 */
public final class DemoOffice {
    private DemoOffice() {
    }

    public static void main(String[] args) {
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
        if (reset) {
            deleteTree(data);
        }
        OfficeServer server = prepare(data);
        System.out.println("Sportello demo office: " + server.localClientUrl());
        System.out.println("Operator desk: log in as mrossi / demo (counter 1), F1 calls the next ticket.");
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "demo-server-stop"));
        Application.launch(DemoApp.class, "--db=" + server.localClientUrl(),
                "--printed=" + data.resolve("printed").toAbsolutePath());
        server.close();
        System.exit(0);
    }

    /** Starts the server on a free local port and loads the demo set-up and morning visitors. */
    static OfficeServer prepare(Path data) {
        OfficeServer server = OfficeServer.start(new OfficeServer.Options(data, 0, false, "localhost"));
        try (OfficeDatabase db = OfficeDatabase.open(server.localClientUrl())) {
            new JooqOfficeSetupWriter(db, new PasswordHasher()).apply(OfficeSetupFile.demo());
        }
        try (OfficeConnection office = OfficeConnection.open(server.localClientUrl())) {
            // Citizens with a file, so the desk can issue every kind of certificate (F11); never overwritten.
            new JooqPersonSeed(office.database(), office.directory().office().id(), Clock.systemUTC())
                    .add(DemoPeople.files(LocalDate.now(office.directory().office().zone())));
            int issued = DemoTraffic.seed(office.queue());
            if (issued > 0) {
                System.out.println(issued + " citizens are already waiting.");
            }
        }
        return server;
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

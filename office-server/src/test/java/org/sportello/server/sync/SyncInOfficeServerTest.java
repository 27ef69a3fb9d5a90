package org.sportello.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import io.grpc.ManagedChannel;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.model.queue.QueueService;
import org.sportello.protocol.client.RemoteQueue;
import org.sportello.protocol.station.OfficeAddress;
import org.sportello.protocol.station.OfficeChannels;
import org.sportello.protocol.station.StationJoin;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.sync.LinkState;
import org.sportello.server.testing.TestOffice;
import org.sportello.server.central.CentralLogin;
import org.sportello.server.central.OfficeCredentials;
import org.sportello.server.cli.SportelloCommand;

/**
 * {@code sportello office serve} as a real process with central named in its environment, a kiosk
 * station issuing tickets through the office protocol: it syncs in the background, keeps the office working while the link to a real PostgreSQL is cut, catches up by
 * itself when it returns (no loss, no duplicate), and stops cleanly on SIGTERM.
 */
class SyncInOfficeServerTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void serverSyncsRidesOutACutLinkAndCatchesUp() throws Exception {
        CentralLogin admin = CentralPostgres.initialised();
        String officeCode = CentralPostgres.officeCode("SRV");
        Path data = dir.resolve("data");
        UUID officeId;
        try (TestOffice office = TestOffice.embedded(data, officeCode)) {
            officeId = office.connection().directory().office().id();
        }
        OfficeCredentials credentials = CentralPostgres.addOffice(admin, officeCode);
        int issuedOffline = 0;
        try (TcpProxy link = new TcpProxy(CentralPostgres.server().getPort())) {
            CentralLogin viaLink = CentralPostgres.officeLogin(admin, credentials, link.port());
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SportelloCommand.class.getName(),
                    "office", "serve", "--data", data.toString(), "--port", "0", "--no-remote")
                    .redirectError(dir.resolve("serve.err").toFile());
            Map<String, String> env = builder.environment();
            env.put("SPORTELLO_CENTRAL_URL", viaLink.url());
            env.put("SPORTELLO_CENTRAL_USER", viaLink.user());
            env.put("SPORTELLO_CENTRAL_PASSWORD", viaLink.password());
            env.put("SPORTELLO_SYNC_EVERY", "0.2");
            Process serve = builder.start();
            List<String> console = new CopyOnWriteArrayList<>();
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            try {
                String address = out.readLine();
                Matcher enrolment = Pattern.compile("^Enrolment port: (\\d+)").matcher(String.valueOf(out.readLine()));
                assertThat(enrolment.find()).as("the second line names the enrolment port").isTrue();
                Thread reader = Thread.ofPlatform().daemon().start(() -> out.lines().forEach(console::add));
                assertThat(address).as("the address workstations use").matches("127\\.0\\.0\\.1:\\d+");
                // A kiosk station, enrolled on the server machine and joined as a workstation joins.
                String code = command("station", "enrol", "kiosk-1", "--role", "kiosk", "--data", data.toString())
                        .lines().findFirst().orElseThrow();
                StationJoin.Joined kiosk = StationJoin.join(OfficeAddress.parse(address),
                        Integer.parseInt(enrolment.group(1)), code, dir.resolve("kiosk-1"));
                ManagedChannel channel = OfficeChannels.open(address, kiosk.identity());
                try {
                    QueueService client = new RemoteQueue(channel);
                    issue(client, 20);
                    awaitBacklog(data, 0, 30);
                    assertThat(status(data)).contains("Link to central: UP");
                    assertThat(centralEvents(admin, officeId)).isEqualTo(20);

                    link.cut();
                    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
                    while (System.nanoTime() < until) {
                        issue(client, 5);
                        issuedOffline += 5;
                        Thread.sleep(100);
                    }
                    String offline = status(data);
                    assertThat(offline).as("status while the link is down")
                            .contains("Link to central: " + LinkState.DOWN.name(), "central cannot be reached")
                            .containsPattern("Office " + officeCode + ": [1-9]\\d* office events not yet confirmed");
                    assertThat(centralEvents(admin, officeId)).as("nothing reached central while cut").isEqualTo(20);

                    link.restore();
                    awaitBacklog(data, 0, 60);
                    assertThat(status(data)).contains("Link to central: UP");
                } finally {
                    channel.shutdownNow();
                }
                serve.toHandle().destroy();
                assertThat(serve.waitFor(40, TimeUnit.SECONDS)).as("server stops on SIGTERM").isTrue();
                reader.join(5000);
            } finally {
                // Stopped before its output is closed: the console reader holds the stream until it ends.
                serve.destroyForcibly();
                serve.waitFor(30, TimeUnit.SECONDS);
                out.close();
            }
            assertThat(console).anyMatch(l -> l.startsWith("Sync with central: " + viaLink.url()));
            assertThat(console).as("the console heard the link go and come back")
                    .anyMatch(l -> l.contains("Sync: central cannot be reached"))
                    .anyMatch(l -> l.contains("Sync: central reached again"))
                    .anyMatch(l -> l.contains("Office server stopped"));
            assertThat(Files.readString(dir.resolve("serve.err"))).doesNotContain("Exception");
        }
        // The server has stopped and let go of its database: what it holds is what central holds.
        try (OfficeDatabase office = OfficeDatabase.open(OfficeDatabase.fileUrl(data))) {
            CentralContents.Facts local = CentralContents.ofOffice(office.dataSource());
            CentralContents.Facts central = CentralContents.atCentral(admin, officeId);
            assertThat(local.events()).hasSize(20 + issuedOffline);
            assertThat(central.events()).as("every event, once, with its office sequence").isEqualTo(local.events());
            assertThat(central.eventRows()).as("no duplicate").isEqualTo(local.eventRows());
            assertThat(central.tickets()).isEqualTo(local.tickets());
        }
    }

    private static void issue(QueueService client, int n) {
        for (int i = 0; i < n; i++) {
            client.issue(new IssueRequest("A", PriorityClass.STANDARD, "it", UUID.randomUUID().toString()));
        }
    }

    /** {@code sync status}, run on the server machine: the running server answers it from its database. */
    private static String status(Path data) {
        return command("sync", "status", "--data", data.toString());
    }

    private static String command(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SportelloCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(String.join(" ", args) + "\n" + out + err).isZero();
        return out.toString();
    }

    private static void awaitBacklog(Path data, long backlog, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String last = "";
        while (System.nanoTime() < deadline) {
            last = status(data);
            if (last.contains(": " + backlog + " office events not yet confirmed")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("backlog did not reach " + backlog + " in " + seconds + " s:\n" + last);
    }

    private static long centralEvents(CentralLogin admin, UUID officeId) throws Exception {
        return CentralContents.atCentral(admin, officeId).eventRows();
    }
}

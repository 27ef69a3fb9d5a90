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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.sync.LinkState;
import org.sportello.server.testing.TestOffice;
import org.sportello.server.central.CentralLogin;
import org.sportello.server.central.OfficeCredentials;
import org.sportello.server.cli.SportelloCommand;

/**
 * {@code sportello office serve} as a real process with central named in its environment: it syncs in
 * the background, keeps the office working while the link to a real PostgreSQL is cut, catches up by
 * itself when it returns (no loss, no duplicate), and stops cleanly on SIGTERM.
 */
class SyncInOfficeServerTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void serverSyncsRidesOutACutLinkAndCatchesUp() throws Exception {
        CentralLogin admin = CentralPostgres.initialised();
        String code = CentralPostgres.officeCode("SRV");
        Path data = dir.resolve("data");
        UUID officeId;
        try (TestOffice office = TestOffice.embedded(data, code)) {
            officeId = office.connection().directory().office().id();
        }
        OfficeCredentials credentials = CentralPostgres.addOffice(admin, code);
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
            try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String url = out.readLine();
                Thread reader = Thread.ofPlatform().daemon().start(() -> out.lines().forEach(console::add));
                assertThat(url).matches("jdbc:h2:tcp://localhost:\\d+/office");
                try (OfficeConnection client = OfficeConnection.open(url)) {
                    issue(client, 20);
                    awaitBacklog(url, 0, 30);
                    assertThat(status(url)).contains("Link to central: UP");
                    assertThat(centralEvents(admin, officeId)).isEqualTo(20);

                    link.cut();
                    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
                    int issuedOffline = 0;
                    while (System.nanoTime() < until) {
                        issue(client, 5);
                        issuedOffline += 5;
                        Thread.sleep(100);
                    }
                    String offline = status(url);
                    assertThat(offline).as("status while the link is down")
                            .contains("Link to central: " + LinkState.DOWN.name(), "central cannot be reached")
                            .containsPattern("Office " + code + ": [1-9]\\d* office events not yet confirmed");
                    assertThat(centralEvents(admin, officeId)).as("nothing reached central while cut").isEqualTo(20);

                    link.restore();
                    awaitBacklog(url, 0, 60);
                    CentralContents.Facts local = CentralContents.ofOffice(client.database().dataSource());
                    CentralContents.Facts central = CentralContents.atCentral(admin, officeId);
                    assertThat(local.events()).hasSize(20 + issuedOffline);
                    assertThat(central.events()).as("every event, once, with its office sequence")
                            .isEqualTo(local.events());
                    assertThat(central.eventRows()).as("no duplicate").isEqualTo(local.eventRows());
                    assertThat(central.tickets()).isEqualTo(local.tickets());
                    assertThat(status(url)).contains("Link to central: UP");
                }
                serve.toHandle().destroy();
                assertThat(serve.waitFor(40, TimeUnit.SECONDS)).as("server stops on SIGTERM").isTrue();
                reader.join(5000);
            } finally {
                serve.destroyForcibly();
            }
            assertThat(console).anyMatch(l -> l.startsWith("Sync with central: " + viaLink.url()));
            assertThat(console).as("the console heard the link go and come back")
                    .anyMatch(l -> l.contains("Sync: central cannot be reached"))
                    .anyMatch(l -> l.contains("Sync: central reached again"))
                    .anyMatch(l -> l.contains("Office server stopped"));
            assertThat(Files.readString(dir.resolve("serve.err"))).doesNotContain("Exception");
        }
    }

    private static void issue(OfficeConnection client, int n) {
        for (int i = 0; i < n; i++) {
            client.queue().issue(new IssueRequest("A", PriorityClass.STANDARD, "it", UUID.randomUUID().toString()));
        }
    }

    private static String status(String url) {
        StringWriter out = new StringWriter();
        int code = SportelloCommand.run(new String[] {"sync", "status", "--db", url}, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true));
        assertThat(code).isZero();
        return out.toString();
    }

    private static void awaitBacklog(String url, long backlog, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String last = "";
        while (System.nanoTime() < deadline) {
            last = status(url);
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

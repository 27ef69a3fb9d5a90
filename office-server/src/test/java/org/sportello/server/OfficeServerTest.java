package org.sportello.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.Ticket;
import org.sportello.server.testing.TestOffice;

class OfficeServerTest {
    @TempDir
    Path dir;

    @Test
    void keepsTheOfficeAcrossARestartAndMakesItsCaOnce() throws Exception {
        Path data = dir.resolve("office-data");
        List<String> issued;
        byte[] ca;
        try (OfficeServer server = OfficeServer.start(OfficeServer.Options.loopback(data))) {
            assertThat(server.address()).matches("127\\.0\\.0\\.1:\\d+");
            assertThat(server.port()).isPositive();
            assertThat(server.enrolmentPort()).isPositive().isNotEqualTo(server.port());
            assertThat(server.migrationsApplied()).as("every migration on a new database").isEqualTo(MigrationFiles.count());
            assertThat(Files.readString(data.resolve(OfficeServer.RUNNING_FILE)).strip())
                    .isEqualTo("127.0.0.1:" + server.port());
            // The services run in this process and use the embedded database.
            try (TestOffice office = TestOffice.at(OfficeServer.inProcessUrl(server.dataDir()))) {
                issued = List.of(issue(office), issue(office), issue(office));
            }
            assertThat(issued).containsExactly("A001", "A002", "A003");
            ca = server.officeCa().certificate().getEncoded();
        }
        assertThat(data.resolve(OfficeServer.RUNNING_FILE)).doesNotExist();
        try (OfficeServer again = OfficeServer.start(OfficeServer.Options.loopback(data));
             OfficeConnection client = OfficeConnection.open(OfficeServer.inProcessUrl(again.dataDir()))) {
            assertThat(again.migrationsApplied()).as("schema already there").isZero();
            assertThat(client.queue().waiting()).extracting(Ticket::code).containsExactlyElementsOf(issued);
            assertThat(again.officeCa().certificate().getEncoded()).as("the same CA").isEqualTo(ca);
        }
    }

    @Test
    void refusesADatabaseANewerSportelloMigratedAndOpensNoPort() throws Exception {
        Path data = dir.resolve("newer-data");
        int port;
        try (OfficeServer server = OfficeServer.start(OfficeServer.Options.loopback(data))) {
            port = server.port();
        }
        try (OfficeDatabase db = OfficeDatabase.open(OfficeServer.inProcessUrl(data));
             java.sql.Connection c = db.dataSource().getConnection(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, installed_on, execution_time, success) SELECT MAX(installed_rank) + 1, "
                    + "'99.1', 'from the future', 'SQL', 'V99_1__from_the_future.sql', 0, 'sportello', "
                    + "CURRENT_TIMESTAMP, 1, TRUE FROM flyway_schema_history");
        }
        int again = port;
        assertThatThrownBy(() -> OfficeServer.start(OfficeServer.Options.loopback(data).withPort(again)))
                .isInstanceOfSatisfying(ServerStartException.class, e -> assertThat(e.refusal())
                        .as("a restart cannot mend it").isTrue())
                .hasMessageContaining("99.1").hasMessageNotContaining("Exception");
        try (java.net.Socket probe = new java.net.Socket()) {
            assertThatThrownBy(() -> probe.connect(new java.net.InetSocketAddress("127.0.0.1", again), 1000))
                    .as("nothing listens after a refused start").isInstanceOf(java.io.IOException.class);
        }
        assertThat(data.resolve(OfficeServer.RUNNING_FILE)).doesNotExist();
    }

    @Test
    void advertisesTheNameItIsGiven() {
        try (OfficeServer named = OfficeServer.start(OfficeServer.Options.loopback(dir).withHost("sportello-pc"))) {
            assertThat(named.address()).isEqualTo("sportello-pc:" + named.port());
            assertThat(named.localAddress()).isEqualTo("127.0.0.1:" + named.port());
        }
    }

    @Test
    void theEnrolmentPortIsNextToAFixedMainPort() throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        try (OfficeServer server = OfficeServer.start(OfficeServer.Options.loopback(dir).withPort(port))) {
            assertThat(server.port()).isEqualTo(port);
            assertThat(server.enrolmentPort()).isEqualTo(port + 1);
        } catch (ServerStartException busy) {
            // port + 1 was taken by something else on this machine: the message must say so.
            assertThat(busy).hasMessageContaining("it is in use");
        }
    }

    @Test
    void aSecondServerOnTheSamePortIsExplained() {
        try (OfficeServer server = OfficeServer.start(OfficeServer.Options.loopback(dir.resolve("a")))) {
            assertThatThrownBy(() -> OfficeServer.start(OfficeServer.Options.loopback(dir.resolve("b"))
                    .withPort(server.port())))
                    .isInstanceOf(ServerStartException.class)
                    .hasMessageContaining("port " + server.port())
                    .hasMessageContaining("it is in use");
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        OfficeServer server = OfficeServer.start(OfficeServer.Options.loopback(dir));
        server.close();
        server.close();
        assertThat(server.isRunning()).isFalse();
    }

    private static String issue(TestOffice office) {
        return office.connection().queue()
                .issue(new IssueRequest("A", PriorityClass.STANDARD, "it", UUID.randomUUID().toString()))
                .ticket().code();
    }
}

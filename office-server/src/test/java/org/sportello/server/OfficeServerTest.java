package org.sportello.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.persistence.OfficeConnection;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.Ticket;
import org.sportello.model.testing.TestOffice;

class OfficeServerTest {
    @TempDir
    Path dir;

    @Test
    void servesClientsAndKeepsTheirTicketsAcrossARestart() {
        Path data = dir.resolve("office-data");
        List<String> issued;
        int firstPort;
        try (OfficeServer server = OfficeServer.start(new OfficeServer.Options(data, 0, false, null))) {
            assertThat(server.clientUrl()).matches("jdbc:h2:tcp://localhost:\\d+/office");
            assertThat(server.port()).isPositive();
            assertThat(server.migrationsApplied()).as("every migration on a new database").isEqualTo(MigrationFiles.count());
            firstPort = server.port();
            try (TestOffice office = TestOffice.at(server.clientUrl())) {
                issued = List.of(issue(office), issue(office), issue(office));
            }
            assertThat(issued).containsExactly("A001", "A002", "A003");
        }
        try (OfficeServer again = OfficeServer.start(new OfficeServer.Options(data, 0, false, null));
             OfficeConnection client = OfficeConnection.open(again.clientUrl())) {
            assertThat(again.migrationsApplied()).as("schema already there").isZero();
            assertThat(client.queue().waiting()).extracting(Ticket::code).containsExactlyElementsOf(issued);
            assertThat(again.port()).isNotNegative();
            assertThat(firstPort).isPositive();
        }
    }

    @Test
    void advertisesTheMachineNameWhenOthersMayConnect() {
        try (OfficeServer server = OfficeServer.start(new OfficeServer.Options(dir, 0, true, null))) {
            assertThat(server.allowsRemote()).isTrue();
            assertThat(server.clientUrl()).startsWith("jdbc:h2:tcp://").endsWith(":" + server.port() + "/office");
            assertThat(server.localClientUrl()).isEqualTo("jdbc:h2:tcp://localhost:" + server.port() + "/office");
        }
        try (OfficeServer named = OfficeServer.start(new OfficeServer.Options(dir, 0, true, "sportello-pc"))) {
            assertThat(named.clientUrl()).isEqualTo("jdbc:h2:tcp://sportello-pc:" + named.port() + "/office");
        }
    }

    @Test
    void refusesToCreateOtherDatabasesForRemoteClients() {
        try (OfficeServer server = OfficeServer.start(new OfficeServer.Options(dir, 0, false, null))) {
            String other = "jdbc:h2:tcp://localhost:" + server.port() + "/elsewhere";
            assertThatThrownBy(() -> java.sql.DriverManager.getConnection(other, "sportello", "sportello").close())
                    .isInstanceOf(java.sql.SQLException.class)
                    .hasMessageContaining("not found");
        }
        assertThat(dir.resolve("elsewhere.mv.db")).doesNotExist();
    }

    @Test
    void aSecondServerOnTheSamePortIsExplained() {
        try (OfficeServer server = OfficeServer.start(new OfficeServer.Options(dir.resolve("a"), 0, false, null))) {
            assertThatThrownBy(() -> OfficeServer.start(new OfficeServer.Options(dir.resolve("b"), server.port(),
                    false, null)))
                    .isInstanceOf(ServerStartException.class)
                    .hasMessageContaining("port " + server.port() + ": it is in use");
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        OfficeServer server = OfficeServer.start(new OfficeServer.Options(dir, 0, false, null));
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

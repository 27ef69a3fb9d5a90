package org.sportello.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.common.UuidV7;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.server.testing.TestOffice;
import org.sportello.server.central.CentralLogin;
import org.sportello.server.central.OfficeCredentials;

/** Who may sync, on which schema, and what happens while central is away. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SyncHandshakeTest {
    private static final SyncSettings FAST = new SyncSettings(50, Duration.ofSeconds(1), Duration.ofMillis(20),
            Duration.ofMillis(200), Duration.ofMillis(20));

    @TempDir
    Path dir;

    @Test
    void anOfficeOnAnOlderSchemaIsRefusedBeforeAnythingMoves() throws SQLException {
        CentralLogin admin = CentralPostgres.initialised();
        String code = CentralPostgres.officeCode("OLD");
        try (OfficeDatabase old = OfficeDatabase.open(OfficeDatabase.fileUrl(dir))) {
            Flyway.configure().dataSource(old.dataSource()).locations("classpath:db/migration").target("1").load()
                    .migrate();
            try (Connection c = old.dataSource().getConnection();
                 PreparedStatement ps = c.prepareStatement("INSERT INTO office (id, code, name) VALUES (?, ?, 'Old')")) {
                ps.setObject(1, UuidV7.next());
                ps.setString(2, code);
                ps.executeUpdate();
            }
            OfficeSync sync = new OfficeSync(old.dataSource(),
                    CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, code)));
            assertThatThrownBy(sync::runOnce).isInstanceOfSatisfying(SyncException.class, e -> {
                assertThat(e.problem()).isEqualTo(SyncProblem.REFUSED);
                assertThat(e.getMessage()).contains("schema version 1", "older than central accepts",
                        "sportello office init");
            });
        }
        try (Connection c = admin.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT office_id FROM office")) {
            rs.next();
            assertThat(rs.getObject(1)).as("not even bound").isNull();
        }
    }

    @Test
    void anOfficeNewerThanCentralIsRefusedToo() throws SQLException {
        CentralLogin admin = CentralPostgres.initialised();
        try (Connection c = admin.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE sync_contract SET office_schema_min = 1, office_schema_max = 2");
        }
        try (TestOffice office = TestOffice.embedded(dir, CentralPostgres.officeCode("NEW"))) {
            OfficeSync sync = syncOf(office, admin);
            assertThatThrownBy(sync::runOnce).isInstanceOfSatisfying(SyncException.class, e -> {
                assertThat(e.problem()).isEqualTo(SyncProblem.REFUSED);
                assertThat(e.getMessage()).contains("newer than central accepts (versions 1 to 2)",
                        "sportello central init");
                assertThat(e.fault()).isEqualTo(org.sportello.model.sync.SyncFault.VERSION_MISMATCH);
            });
            assertThat(SyncStatus.read(office.connection().database().dataSource()).streams().getFirst().lastError())
                    .as("status shows why").contains("newer than central accepts");
            assertThat(office.connection().syncHealth().read(office.login("gverdi")).fault())
                    .as("the desk's words for it").isEqualTo(org.sportello.model.sync.SyncFault.VERSION_MISMATCH);
        }
    }

    @Test
    void theSuperuserAnotherOfficesRoleAndARecreatedOfficeAreRefused() {
        CentralLogin admin = CentralPostgres.initialised();
        String code = CentralPostgres.officeCode("RB");
        try (TestOffice office = TestOffice.embedded(dir.resolve("one"), code);
             TestOffice recreated = TestOffice.embedded(dir.resolve("two"), code);
             TestOffice other = TestOffice.embedded(dir.resolve("three"), CentralPostgres.officeCode("OT"))) {
            OfficeCredentials own = CentralPostgres.addOffice(admin, code);
            CentralPostgres.addOffice(admin, other.connection().directory().office().code());

            assertThatThrownBy(() -> new OfficeSync(dataSource(office), admin).runOnce())
                    .hasMessageContaining("never connects to central as a superuser")
                    .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.fault())
                            .isEqualTo(org.sportello.model.sync.SyncFault.WRONG_ROLE));
            assertThatThrownBy(() -> new OfficeSync(dataSource(other), CentralPostgres.officeLogin(admin, own)).runOnce())
                    .hasMessageContaining("these central credentials are for office " + code)
                    .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.fault())
                            .isEqualTo(org.sportello.model.sync.SyncFault.WRONG_OFFICE));

            new OfficeSync(dataSource(office), CentralPostgres.officeLogin(admin, own)).runOnce();
            assertThatThrownBy(() -> new OfficeSync(dataSource(recreated), CentralPostgres.officeLogin(admin, own))
                    .runOnce())
                    .isInstanceOfSatisfying(SyncException.class,
                            e -> assertThat(e.problem()).isEqualTo(SyncProblem.REFUSED))
                    .hasMessageContaining("bound to another office database");
        }
    }

    @Test
    void withTheLinkDownTheOfficeWorksAndTheSyncCatchesUpByItself() throws Exception {
        CentralLogin admin = CentralPostgres.initialised();
        try (TcpProxy link = new TcpProxy(CentralPostgres.server().getPort());
             TestOffice office = TestOffice.embedded(dir, CentralPostgres.officeCode("OFF"))) {
            CentralLogin login = CentralPostgres.officeLogin(admin,
                    CentralPostgres.addOffice(admin, office.connection().directory().office().code()), link.port());
            link.cut();
            CopyOnWriteArrayList<SyncException> failures = new CopyOnWriteArrayList<>();
            AtomicBoolean running = new AtomicBoolean(true);
            OfficeSync sync = new OfficeSync(dataSource(office), login, FAST, Clock.systemUTC(), SyncProbe.NONE);
            Thread follower = new Thread(() -> {
                try {
                    sync.follow(running::get, (e, wait) -> failures.add(e));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "sync-follow");
            follower.setDaemon(true);
            follower.start();

            for (int i = 0; i < 30; i++) {
                office.connection().queue().issue(new IssueRequest("A", PriorityClass.STANDARD, "it",
                        UUID.randomUUID().toString()));
            }
            while (failures.size() < 3) {
                Thread.sleep(10);
            }
            SyncStatus offline = SyncStatus.read(dataSource(office));
            assertThat(offline.backlog()).isEqualTo(30);
            assertThat(offline.streams().getFirst().lastError()).contains("central cannot be reached");
            assertThat(failures).allSatisfy(e -> assertThat(e.problem()).isEqualTo(SyncProblem.UNREACHABLE));

            link.restore();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (SyncStatus.read(dataSource(office)).backlog() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            running.set(false);
            follower.join(5000);

            SyncStatus online = SyncStatus.read(dataSource(office));
            assertThat(online.backlog()).isZero();
            assertThat(online.streams().getFirst().lastError()).isNull();
            assertThat(online.streams().getFirst().lastSuccess()).isNotNull();
            assertThat(CentralContents.atCentral(admin, office.connection().directory().office().id()).events())
                    .isEqualTo(CentralContents.ofOffice(dataSource(office)).events());
        }
    }

    private static OfficeSync syncOf(TestOffice office, CentralLogin admin) {
        return new OfficeSync(dataSource(office), CentralPostgres.officeLogin(admin,
                CentralPostgres.addOffice(admin, office.connection().directory().office().code())));
    }

    private static javax.sql.DataSource dataSource(TestOffice office) {
        return office.connection().database().dataSource();
    }
}

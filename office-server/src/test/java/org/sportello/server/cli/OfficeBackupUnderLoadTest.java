package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import org.sportello.server.testing.ShippedSchema;

import io.grpc.ManagedChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueService;
import org.sportello.model.testing.MutableClock;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.client.RemoteQueue;
import org.sportello.protocol.station.OfficeAddress;
import org.sportello.protocol.station.OfficeChannels;
import org.sportello.protocol.station.StationJoin;
import org.sportello.server.OfficeApis;
import org.sportello.server.OfficeServer;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.server.testing.TestOffice;

/**
 * {@code sportello office backup} while the office works: a kiosk issues tickets over the real office
 * protocol without pause, the backup runs inside the office server (forwarded, as on a real office
 * machine), and the backup restored into an empty folder holds every ticket the kiosk had been told
 * about before the backup began.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class OfficeBackupUnderLoadTest {
    @TempDir
    Path dir;

    @Test
    void aBackupTakenWhileTicketsAreIssuedRestoresWithEveryTicketAcknowledgedBeforeIt() throws Exception {
        Path data = dir.resolve("data");
        try (TestOffice ignored = TestOffice.embedded(data)) {
            // The demo office, before the server takes the database.
        }
        // The demo services are open on Tuesday morning; the server's clock stays there.
        Clock clock = new MutableClock(TestOffice.TUESDAY_MORNING.atZone(TestOffice.ROME).toInstant());
        Path backup = dir.resolve("copies").resolve("office.zip");
        record Acked(String code, long at) {
        }
        ConcurrentLinkedQueue<Acked> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean stop = new AtomicBoolean();
        long backupStarted;
        long backupEnded;
        CliRun.Result written;
        try (OfficeServer server = OfficeServer.start(OfficeServer.Options.loopback(data).withClock(clock),
                s -> OfficeApis.on(s, clock))) {
            OfficeAddress address = new OfficeAddress("127.0.0.1", server.port());
            StationJoin.Joined kiosk = StationJoin.join(address, server.enrolmentPort(),
                    server.stations().enrol("kiosk-1", StationRole.KIOSK).grouped(), dir.resolve("kiosk-1"));
            ManagedChannel channel = OfficeChannels.open(address, kiosk.identity());
            try {
                QueueService queue = new RemoteQueue(channel);
                Thread load = Thread.ofPlatform().name("kiosk-load").start(() -> {
                    try {
                        for (int i = 0; !stop.get(); i++) {
                            String service = List.of("A", "B", "C", "D").get(i % 4);
                            String code = queue.issue(new IssueRequest(service, PriorityClass.STANDARD, "it",
                                    "tap-" + i)).ticket().code();
                            acknowledged.add(new Acked(code, System.nanoTime()));
                        }
                    } catch (Throwable t) {
                        failure.set(t);
                    }
                });
                awaitAtLeast(acknowledged, 30);
                CliRun cli = new CliRun(dir).env(CliEnvironment.DATA_VARIABLE, data.toString());
                backupStarted = System.nanoTime();
                written = cli.run("office", "backup", "--out", backup.toString());
                backupEnded = System.nanoTime();
                int atEnd = acknowledged.size();
                // The office kept working after the backup, too.
                awaitAtLeast(acknowledged, atEnd + 10);
                stop.set(true);
                load.join(30_000);
            } finally {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
        assertThat(failure.get()).as("the kiosk's calls").isNull();
        assertThat(written.exitCode()).as(written.toString()).isZero();
        assertThat(written.out()).contains(backup.toString()).contains(ShippedSchema.version());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        try (var left = Files.list(backup.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).as("no temporary files left")
                    .containsExactly("office.zip");
        }
        // Tickets issued while the backup ran: the office did not stop for it.
        long duringBackup = acknowledged.stream().filter(a -> a.at() > backupStarted && a.at() < backupEnded).count();

        Path restored = dir.resolve("restored");
        CliRun.Result restore = new CliRun(dir).run("office", "restore", backup.toString(), "--data", restored.toString());
        assertThat(restore.exitCode()).as(restore.toString()).isZero();
        assertThat(restore.out()).contains(ShippedSchema.version()).contains("sportello office serve --data " + restored.toAbsolutePath());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(restored))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(restored.resolve("office.mv.db"))))
                .isEqualTo("rw-------");
        assertThat(restored.resolve("tls").resolve("ca.key")).as("the office CA came along").isRegularFile();

        Set<String> inBackup = ticketCodes(restored);
        List<String> before = acknowledged.stream().filter(a -> a.at() < backupStarted).map(Acked::code).toList();
        assertThat(before).hasSizeGreaterThanOrEqualTo(30);
        assertThat(inBackup).containsAll(before);
        // And nothing the kiosk was never told about; the tickets issued after it are not all in it.
        Set<String> all = new HashSet<>();
        acknowledged.forEach(a -> all.add(a.code()));
        assertThat(all).containsAll(inBackup);
        assertThat(inBackup.size()).isLessThan(all.size());
        assertThat(restore.out()).contains(Integer.toString(inBackup.size()));
        System.out.println("backup under load: " + before.size() + " tickets before, " + duringBackup + " during ("
                + (backupEnded - backupStarted) / 1_000_000 + " ms), " + inBackup.size() + " in the backup");
    }

    private static Set<String> ticketCodes(Path data) throws Exception {
        Set<String> codes = new HashSet<>();
        try (OfficeDatabase db = OfficeDatabase.open(OfficeDatabase.fileUrl(data) + ";IFEXISTS=TRUE");
             Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT code FROM ticket")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    private static void awaitAtLeast(ConcurrentLinkedQueue<?> list, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (list.size() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + list.size() + " tickets issued, waited for " + n);
            }
            Thread.sleep(10);
        }
    }
}

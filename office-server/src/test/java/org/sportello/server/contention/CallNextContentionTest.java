package org.sportello.server.contention;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.auth.OperatorSession;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueService;
import org.sportello.model.queue.Ticket;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.client.RemoteAuth;
import org.sportello.protocol.client.RemoteQueue;
import org.sportello.server.bench.BenchmarkOffice;

/**
 * Issue §7, over the office protocol: operators at different desk stations racing call-next over the
 * same waiting tickets, through one office server, never get the same ticket, and no waiting ticket is
 * lost. Every kiosk and desk is its own enrolled station with its own TLS connection.
 */
class CallNextContentionTest {
    private static final int COUNTERS = 12;
    private static final int SERVICES = 2;
    private static final int TICKETS = 480;
    private static final int ISSUERS = 4;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyTicketIsCalledExactlyOnce() throws Exception {
        Map<String, Long> database;
        try (ProtocolOffice office = ProtocolOffice.with(dir, BenchmarkOffice.setup(COUNTERS, SERVICES))) {
            List<UUID> issued = issueTickets(office);

            ExecutorService pool = Executors.newFixedThreadPool(COUNTERS);
            Map<UUID, Integer> calledBy = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<String> doubleCalls = new ConcurrentLinkedQueue<>();
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            try {
                for (int n = 1; n <= COUNTERS; n++) {
                    ManagedChannel desk = office.station("desk-" + n, StationRole.DESK);
                    OperatorSession session = new RemoteAuth(desk).login(BenchmarkOffice.login(n), "bench".toCharArray());
                    QueueService queue = new RemoteQueue(desk, () -> session);
                    queue.openCounter(session, n);
                    int counter = n;
                    results.add(pool.submit((Callable<Integer>) () -> {
                        go.await();
                        int served = 0;
                        for (Optional<Ticket> t = queue.callNext(session, counter); t.isPresent();
                             t = queue.callNext(session, counter)) {
                            Integer previous = calledBy.putIfAbsent(t.get().id(), counter);
                            if (previous != null) {
                                doubleCalls.add(t.get().code() + " at counters " + previous + " and " + counter);
                            }
                            queue.finish(session, counter, Outcome.RESOLVED);
                            served++;
                        }
                        return served;
                    }));
                }
                go.countDown();
                int total = 0;
                List<Integer> perCounter = new ArrayList<>();
                for (Future<Integer> f : results) {
                    int served = f.get(100, TimeUnit.SECONDS);
                    perCounter.add(served);
                    total += served;
                }
                System.out.println("call-next contention: " + TICKETS + " tickets over " + COUNTERS
                        + " desk stations, served per counter " + perCounter);

                assertThat(doubleCalls).as("tickets called at two counters").isEmpty();
                assertThat(total).isEqualTo(TICKETS);
                assertThat(calledBy.keySet()).containsExactlyInAnyOrderElementsOf(issued);
                assertThat(perCounter.stream().filter(n -> n > 0).count()).as("counters that served someone")
                        .isGreaterThan(1);
            } finally {
                pool.shutdownNow();
            }
            office.close();
            database = databaseCounts(office);
        }
        assertThat(database.get("done")).isEqualTo(TICKETS);
        assertThat(database.get("calls")).as("TICKET_CALLED events").isEqualTo(TICKETS);
        assertThat(database.get("calledTwice")).isZero();
    }

    /** Kiosk stations issue the tickets at once, each from its own thread and connection. */
    private static List<UUID> issueTickets(ProtocolOffice office) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ISSUERS);
        List<Future<List<UUID>>> parts = new ArrayList<>();
        try {
            for (int k = 0; k < ISSUERS; k++) {
                int kiosk = k;
                QueueService queue = new RemoteQueue(office.station("kiosk-" + k, StationRole.KIOSK));
                parts.add(pool.submit(() -> {
                    List<UUID> ids = new ArrayList<>();
                    for (int i = 0; i < TICKETS / ISSUERS; i++) {
                        PriorityClass priority = i % 10 == 0 ? PriorityClass.DISABILITY : PriorityClass.STANDARD;
                        ids.add(queue.issue(new IssueRequest(BenchmarkOffice.prefix((i + kiosk) % SERVICES),
                                priority, "it", UUID.randomUUID().toString())).ticket().id());
                    }
                    return ids;
                }));
            }
            List<UUID> all = new ArrayList<>();
            for (Future<List<UUID>> f : parts) {
                all.addAll(f.get(60, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Long> databaseCounts(ProtocolOffice office) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        try (OfficeDatabase db = office.database(); Connection c = db.dataSource().getConnection();
             Statement s = c.createStatement()) {
            counts.put("done", single(s, "SELECT COUNT(*) FROM ticket WHERE status = 'DONE'"));
            counts.put("calls", single(s, "SELECT COUNT(*) FROM office_event WHERE type = 'TICKET_CALLED'"));
            counts.put("calledTwice", single(s, "SELECT COUNT(*) FROM (SELECT ticket_id FROM office_event"
                    + " WHERE type = 'TICKET_CALLED' GROUP BY ticket_id HAVING COUNT(*) > 1) t"));
        }
        return counts;
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}

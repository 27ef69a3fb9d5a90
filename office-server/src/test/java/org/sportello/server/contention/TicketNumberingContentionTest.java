package org.sportello.server.contention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueService;
import org.sportello.server.testing.TestOffice;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.client.RemoteQueue;

/**
 * Issue §7, over the office protocol: ticket numbers stay gapless and unique, and a retried tap makes
 * one ticket, when many kiosk stations in several processes issue at once through one office server.
 * Every thread is its own enrolled station with its own TLS connection; the child JVMs join the office
 * with codes this test gives them, as a kiosk on another machine would.
 */
class TicketNumberingContentionTest {
    private static final int THREADS_HERE = 16;
    private static final int TICKETS_PER_THREAD_HERE = 150;
    private static final int CHILD_JVMS = 2;
    private static final int THREADS_PER_CHILD = 4;
    private static final int TICKETS_PER_CHILD_THREAD = 200;
    private static final int SHARED_KEYS = 10;
    /** Every this many taps, the two threads of a pair send the same key at the same moment. */
    private static final int PAIR_EVERY = 15;

    @TempDir
    Path dir;

    /** One answer a client got: the code printed for the key it sent. */
    record Answer(String code, String key) {
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void numbersAreGaplessAndUniqueAndRetriedTapsMakeOneTicket() throws Exception {
        Clock clock = Clock.fixed(TestOffice.TUESDAY_MORNING.atZone(TestOffice.ROME).toInstant(), TestOffice.ROME);
        List<TicketRow> tickets;
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        long started;
        try (ProtocolOffice office = ProtocolOffice.demo(dir, clock)) {
            List<Process> children = new ArrayList<>();
            for (int j = 1; j <= CHILD_JVMS; j++) {
                children.add(startChild(office, "jvm" + j));
            }
            List<BufferedReader> childOutputs = new ArrayList<>();
            for (Process p : children) {
                BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                assertThat(r.readLine()).as("child JVM ready").isEqualTo("READY");
                childOutputs.add(r);
            }

            List<QueueService> here = new ArrayList<>();
            for (int t = 0; t < THREADS_HERE; t++) {
                here.add(new RemoteQueue(office.station("kiosk-here-" + t, StationRole.KIOSK)));
            }
            CountDownLatch go = new CountDownLatch(1);
            List<CyclicBarrier> pairs = IntStream.range(0, THREADS_HERE / 2).mapToObj(i -> new CyclicBarrier(2)).toList();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS_HERE);
            List<Future<Void>> work = new ArrayList<>();
            try {
                for (int t = 0; t < THREADS_HERE; t++) {
                    int thread = t;
                    QueueService queue = here.get(t);
                    work.add(pool.submit((Callable<Void>) () -> {
                        go.await();
                        issueFromThisJvm(queue, thread, pairs.get(thread / 2), answers);
                        return null;
                    }));
                }
                started = System.nanoTime();
                for (Process p : children) {
                    Writer w = p.outputWriter(StandardCharsets.UTF_8);
                    w.write("GO\n");
                    w.flush();
                }
                go.countDown();
                for (Future<Void> f : work) {
                    f.get(200, TimeUnit.SECONDS);
                }
                for (BufferedReader r : childOutputs) {
                    answers.addAll(readChild(r));
                }
                for (Process p : children) {
                    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
                    assertThat(p.exitValue()).as("child JVM exit code").isZero();
                }
            } finally {
                pool.shutdownNow();
                children.forEach(Process::destroyForcibly);
            }
            office.close();
            tickets = tickets(office);
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        int pairTaps = (THREADS_HERE / 2) * ((TICKETS_PER_THREAD_HERE + PAIR_EVERY - 1) / PAIR_EVERY);
        int distinctTaps = THREADS_HERE * TICKETS_PER_THREAD_HERE + CHILD_JVMS * THREADS_PER_CHILD
                * TICKETS_PER_CHILD_THREAD + SHARED_KEYS + pairTaps;
        System.out.printf("contention: %d tickets from %d threads here + %d JVMs x %d threads in %.1f s%n",
                tickets.size(), THREADS_HERE, CHILD_JVMS, THREADS_PER_CHILD, seconds);

        assertThat(tickets).hasSizeGreaterThanOrEqualTo(4000).hasSize(distinctTaps);
        Map<String, List<Integer>> numbersByService = new TreeMap<>();
        tickets.forEach(r -> numbersByService.computeIfAbsent(r.service(), k -> new ArrayList<>()).add(r.number()));
        assertThat(numbersByService.keySet()).containsExactlyElementsOf(ContentionPlan.SERVICES.stream().sorted()
                .toList());
        numbersByService.forEach((service, numbers) -> assertThat(numbers.stream().sorted().toList())
                .as("numbers of service %s are exactly 1..n", service)
                .isEqualTo(IntStream.rangeClosed(1, numbers.size()).boxed().toList()));

        // Every key got one ticket, and every client that sent it was told the same code.
        Map<String, String> codeByKey = tickets.stream().collect(Collectors.toMap(TicketRow::key, TicketRow::code));
        Map<String, Set<String>> answeredCodes = answers.stream().collect(Collectors.groupingBy(Answer::key,
                Collectors.mapping(Answer::code, Collectors.toSet())));
        assertThat(answeredCodes.keySet()).isEqualTo(codeByKey.keySet());
        answeredCodes.forEach((key, codes) -> assertThat(codes).as("codes answered for key %s", key)
                .containsExactly(codeByKey.get(key)));
        assertThat(answers.stream().filter(a -> a.key().startsWith("shared-")).count())
                .as("each shared key was sent by every client")
                .isEqualTo((long) SHARED_KEYS * (THREADS_HERE + CHILD_JVMS));
        assertThat(answers.stream().filter(a -> a.key().startsWith("pair-")).count()).isEqualTo(2L * pairTaps);
    }

    private static void issueFromThisJvm(QueueService office, int thread, CyclicBarrier pair,
                                         ConcurrentLinkedQueue<Answer> answers) throws Exception {
        for (int i = 0; i < TICKETS_PER_THREAD_HERE; i++) {
            if (i < SHARED_KEYS) {
                answers.add(issue(office, ContentionPlan.SERVICES.getFirst(), ContentionPlan.sharedKey(i)));
            }
            if (i % PAIR_EVERY == 0) {
                // Both threads of the pair send one tap twice at the same moment, as a kiosk retrying a
                // request whose answer was lost would.
                pair.await(30, TimeUnit.SECONDS);
                answers.add(issue(office, ContentionPlan.SERVICES.get(1), "pair-" + (thread / 2) + "-" + i));
            }
            String service = ContentionPlan.SERVICES.get((i + thread) % ContentionPlan.SERVICES.size());
            answers.add(issue(office, service, "here-" + thread + "-" + i));
        }
    }

    private static Answer issue(QueueService office, String service, String key) {
        IssuedTicket t = office.issue(new IssueRequest(service, PriorityClass.STANDARD, "it", key));
        return new Answer(t.ticket().code(), key);
    }

    /** A child JVM with {@link #THREADS_PER_CHILD} kiosk stations, each joining with its own one-time code. */
    private Process startChild(ProtocolOffice office, String name) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", IssuingClient.class.getName(),
                office.address().toString(), Integer.toString(office.server.enrolmentPort()), name,
                dir.resolve(name + "-stations").toString(), Integer.toString(TICKETS_PER_CHILD_THREAD),
                Integer.toString(SHARED_KEYS)));
        for (int t = 0; t < THREADS_PER_CHILD; t++) {
            command.add(office.code(name + "-kiosk-" + t, StationRole.KIOSK));
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        File log = dir.resolve(name + ".err").toFile();
        pb.redirectError(log);
        return pb.start();
    }

    private static List<Answer> readChild(BufferedReader r) throws IOException {
        List<Answer> answers = new ArrayList<>();
        for (String line = r.readLine(); line != null && !line.equals("DONE"); line = r.readLine()) {
            String[] parts = line.split(" ");
            assertThat(parts).as("child output line").hasSize(3).startsWith("TICKET");
            answers.add(new Answer(parts[1], parts[2]));
        }
        return answers;
    }

    record TicketRow(String service, int number, String code, String key) {
    }

    private static List<TicketRow> tickets(ProtocolOffice office) throws SQLException {
        try (OfficeDatabase db = office.database(); Connection c = db.dataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT s.prefix, t.number, t.code, t.idempotency_key FROM ticket t"
                     + " JOIN service s ON s.id = t.issued_service_id")) {
            List<TicketRow> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(new TicketRow(r.getString(1), r.getInt(2), r.getString(3), r.getString(4)));
            }
            return rows;
        }
    }
}

package org.sportello.model.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.SportelloException;
import org.sportello.model.office.CounterInfo;
import org.sportello.model.office.ServiceInfo;
import org.sportello.model.queue.DayCloseReport;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueOverview;
import org.sportello.model.queue.QueueService;
import org.sportello.model.queue.Ticket;
import org.sportello.model.testing.TestOffice;

/**
 * The queue the office server keeps in memory ({@link LiveQueue}, {@link QueueTurns}) against the
 * queue read from the database at every step ({@link JooqQueueService}): the same random day at the
 * office, played on both, must give the same answers, the same rows and the same log.
 */
class LiveQueueTest {
    private static final String[] TAX_CODES = {"RSSMRA85T10A562S", "RSSMRA85T10A562X", null, null, null};

    /** The kinds of step that succeeded in any seed: the random days must reach every rule. */
    private static final java.util.Set<String> PLAYED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @TempDir
    Path dir;

    @org.junit.jupiter.api.AfterAll
    static void everyRuleWasPlayed() {
        assertThat(PLAYED).contains("issued", "next", "recall", "no-show", "finish", "to", "specific", "cancel",
                "closed", "counter", "current", "overview", "find");
    }
    private final List<AutoCloseable> open = new ArrayList<>();
    private Server server;

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        QueueProcedure.releaseAll();
        if (server != null) {
            server.stop();
        }
    }

    private TestOffice direct() {
        TestOffice o = TestOffice.embedded(dir.resolve("direct"));
        open.add(o);
        assertThat(o.connection().queue()).isInstanceOf(JooqQueueService.class);
        return o;
    }

    private TestOffice served() throws Exception {
        server = Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.resolve("served").toString(), "-ifNotExists")
                .start();
        TestOffice o = TestOffice.at(OfficeDatabase.tcpUrl("localhost", server.getPort()));
        open.add(o);
        assertThat(o.connection().queue()).isInstanceOf(RemoteQueueService.class);
        return o;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void aRandomDayGivesTheSameAnswersRowsAndLogInMemoryAsOnTheDatabase(long seed) throws Exception {
        TestOffice a = direct();
        TestOffice b = served();
        Day dayA = new Day(a);
        Day dayB = new Day(b);
        Random random = new Random(seed);
        for (int step = 0; step < 400; step++) {
            long pick = random.nextLong();
            // Sub-microsecond steps too: the memory must keep times exactly as the database stores them.
            Duration tick = Duration.ofMillis(random.nextInt(90_000)).plusNanos(random.nextInt(1_000_000));
            a.clock().advance(tick);
            b.clock().advance(tick);
            String answerA = dayA.step(new Random(pick));
            String answerB = dayB.step(new Random(pick));
            assertThat(answerB).as("step %d (seed %d)", step, seed).isEqualTo(answerA);
            if (!answerA.startsWith("refused") && !answerA.endsWith(" none")) {
                PLAYED.add(answerA.substring(0, answerA.indexOf(' ')));
            }
        }
        assertThat(rows(b)).isEqualTo(rows(a));
    }

    @Test
    void aTicketIssuedBehindTheServersBackIsSeenAndCalled() throws Exception {
        TestOffice office = served();
        QueueService queue = office.connection().queue();
        OperatorSession maria = office.login("mrossi");
        queue.openCounter(maria, 1);
        queue.issue(new IssueRequest("A", PriorityClass.STANDARD, "it", "first"));
        // An older workstation writes statement by statement, straight into the tables.
        JooqQueueService behind = new JooqQueueService(office.connection().database(), office.connection().directory(),
                office.clock(), org.sportello.model.queue.QueueSettings.DEFAULT);
        office.clock().advance(Duration.ofSeconds(5));
        behind.issue(new IssueRequest("A", PriorityClass.DISABILITY, "it", "behind"));
        Thread.sleep(600); // the queue looks for foreign entries in the log twice a second
        assertThat(queue.callNext(maria, 1)).map(Ticket::code).contains("A002");
        assertThat(queue.issue(new IssueRequest("A", PriorityClass.STANDARD, "it", "third")).ticket().code())
                .isEqualTo("A003");
    }

    @Test
    void aNumberTakenBehindTheServersBackFailsTheTurnWhichRunsAgainOnTheDatabase() throws Exception {
        TestOffice office = served();
        QueueService queue = office.connection().queue();
        queue.issue(new IssueRequest("B", PriorityClass.STANDARD, "it", "first"));
        new JooqQueueService(office.connection().database(), office.connection().directory(), office.clock(),
                org.sportello.model.queue.QueueSettings.DEFAULT)
                .issue(new IssueRequest("B", PriorityClass.STANDARD, "it", "behind"));
        // At once, before the queue looks at the log: its number 2 collides with the row's, and the
        // turn runs again on the database, which knows better.
        assertThat(queue.issue(new IssueRequest("B", PriorityClass.STANDARD, "it", "third")).ticket().code())
                .isEqualTo("B003");
        assertThat(queue.waiting()).extracting(Ticket::code).containsExactly("B001", "B002", "B003");
    }

    @Test
    void aRowChangedWithoutALogEntryFailsTheTurnWhichRunsAgainOnTheDatabase() throws Exception {
        TestOffice office = served();
        QueueService queue = office.connection().queue();
        OperatorSession maria = office.login("mrossi");
        queue.openCounter(maria, 1);
        queue.issue(new IssueRequest("A", PriorityClass.STANDARD, "it", "one"));
        Ticket called = queue.callNext(maria, 1).orElseThrow();
        // A hand-made fix that bumps the row and writes nothing to the log: the memory cannot know.
        office.connection().database().dsl().execute("UPDATE ticket SET version = version + 1, recall_count = 3"
                + " WHERE code = 'A001'");
        Ticket recalled = queue.recall(maria, 1);
        assertThat(recalled.id()).isEqualTo(called.id());
        assertThat(recalled.recallCount()).as("counted on the row as it is in the database").isEqualTo(4);
        Ticket done = queue.finish(maria, 1, Outcome.RESOLVED);
        assertThat(done.status()).hasToString("DONE");
        assertThat(office.connection().database().dsl().fetchValue("SELECT version FROM ticket WHERE code = 'A001'"))
                .isEqualTo(5L);
    }

    /** One workstation's view of a random office day: the same choices on both queues. */
    private static final class Day {
        private final TestOffice office;
        private final QueueService queue;
        private final List<OperatorSession> operators;
        private final OperatorSession supervisor;
        private final Map<UUID, String> prefixes;
        private final Map<UUID, Integer> counterNumbers;
        private final List<String> codes = new ArrayList<>();
        private int taps;

        Day(TestOffice office) {
            this.office = office;
            this.queue = office.connection().queue();
            this.operators = List.of(office.login("mrossi"), office.login("lbianchi"), office.login("mrossi"));
            this.supervisor = office.login("gverdi");
            this.prefixes = office.connection().directory().services().stream()
                    .collect(Collectors.toMap(ServiceInfo::id, ServiceInfo::prefix));
            this.counterNumbers = office.connection().directory().counters().stream()
                    .collect(Collectors.toMap(CounterInfo::id, CounterInfo::number));
        }

        String step(Random r) {
            int counter = 1 + r.nextInt(3);
            OperatorSession op = operators.get(counter - 1);
            String[] services = {"A", "B", "C", "D", "E", "Z"};
            try {
                return switch (r.nextInt(20)) {
                    case 0, 1, 2, 3, 4 -> {
                        String key = r.nextInt(10) == 0 && taps > 0 ? "tap-" + r.nextInt(taps) : "tap-" + taps++;
                        IssuedTicket t = queue.issue(new IssueRequest(services[r.nextInt(services.length)],
                                PriorityClass.values()[r.nextInt(8) < 6 ? 0 : r.nextInt(4)], r.nextBoolean() ? "it" : "en",
                                key, TAX_CODES[r.nextInt(TAX_CODES.length)]));
                        codes.add(t.ticket().code());
                        yield "issued " + describe(t.ticket()) + " ahead " + t.peopleAhead() + " wait "
                                + t.estimatedWait() + " repeated " + t.repeated();
                    }
                    case 5, 6, 7 -> "next " + queue.callNext(op, counter).map(this::describe).orElse("none");
                    case 8 -> "recall " + describe(queue.recall(op, counter));
                    case 9 -> "no-show " + describe(queue.noShow(op, counter));
                    case 10, 11 -> "finish " + describe(queue.finish(op, counter, Outcome.values()[r.nextInt(Outcome.values().length)]));
                    case 12 -> "to service " + describe(queue.transferToService(op, counter, services[r.nextInt(services.length)]));
                    case 13 -> "to counter " + describe(queue.transferToCounter(op, counter, 1 + r.nextInt(4)));
                    case 14 -> "specific " + describe(queue.callSpecific(op, counter, someCode(r), r.nextBoolean() ? "urgent" : " "));
                    case 15 -> "cancel " + describe(queue.cancel(op, someCode(r), "left"));
                    case 16 -> {
                        switch (r.nextInt(4)) {
                            case 0 -> queue.pause(op, counter, "coffee");
                            case 1 -> queue.resume(op, counter);
                            case 2 -> queue.closeCounter(op, counter);
                            default -> queue.openCounter(op, counter);
                        }
                        yield "counter " + counter + " changed";
                    }
                    case 17 -> r.nextInt(8) == 0 ? "closed " + describe(queue.closeDay(r.nextBoolean() ? supervisor : op))
                            : "current " + queue.current(counter).map(this::describe).orElse("none");
                    case 18 -> "overview " + describe(queue.overview()) + " waiting "
                            + queue.waiting().stream().map(this::describe).toList();
                    default -> "find " + queue.findToday(someCode(r)).map(this::describe).orElse("none");
                };
            } catch (SportelloException e) {
                return "refused " + e.problem() + " " + java.util.Arrays.stream(e.arguments()).map(String::valueOf).toList();
            }
        }

        private String someCode(Random r) {
            return codes.isEmpty() || r.nextInt(10) == 0 ? "Q999" : codes.get(r.nextInt(codes.size())).toLowerCase();
        }

        private String describe(Ticket t) {
            return String.join("|", t.code(), t.status().name(), prefixes.get(t.serviceId()), t.serviceDay().toString(),
                    String.valueOf(counterNumbers.get(t.counterId())), String.valueOf(counterNumbers.get(t.targetCounterId())),
                    String.valueOf(t.recallCount()), String.valueOf(t.outcome()), t.kind().name(), t.priority().name(),
                    t.language(), String.valueOf(t.issuedAt()), String.valueOf(t.queuedSince()),
                    String.valueOf(t.calledAt()), String.valueOf(t.finishedAt()), String.valueOf(t.estimatedWaitMinutes()),
                    String.valueOf(t.peopleAhead()), String.valueOf(t.citizenTaxCode()));
        }

        private String describe(DayCloseReport report) {
            return report.toString();
        }

        private String describe(QueueOverview o) {
            return o.at() + " " + o.services().stream().map(s -> s.prefix() + ":" + s.waiting() + "/" + s.priorityWaiting()
                    + "/" + s.longestWait() + "/" + s.servedToday()).toList() + " " + o.counters().stream()
                    .map(c -> c.number() + ":" + c.state() + "/" + c.pauseReason() + "/" + c.operatorName() + "/"
                            + c.currentTicketCode()).toList();
        }
    }

    /** The tables as a reader sees them, with each office's own ids replaced by names. */
    private static List<String> rows(TestOffice office) {
        var dsl = office.connection().database().dsl();
        List<String> rows = new ArrayList<>();
        Function<org.jooq.Record, String> line = r -> r.intoList().toString();
        dsl.fetch("SELECT t.code, t.status, s.prefix, i.prefix, t.service_day, c.number, tc.number, o.login,"
                        + " t.recall_count, t.outcome, t.called_at, t.finished_at, t.queued_since, t.issued_at,"
                        + " t.people_ahead, t.estimated_wait_minutes, t.idempotency_key, t.citizen_tax_code, t.version"
                        + " FROM ticket t JOIN service s ON s.id = t.service_id JOIN service i ON i.id = t.issued_service_id"
                        + " LEFT JOIN counter c ON c.id = t.counter_id LEFT JOIN counter tc ON tc.id = t.target_counter_id"
                        + " LEFT JOIN operator o ON o.id = t.operator_id ORDER BY t.service_day, i.prefix, t.number")
                .forEach(r -> rows.add(line.apply(r)));
        dsl.fetch("SELECT e.type, e.ticket_code, s.prefix, e.counter_number, o.login, e.detail, e.occurred_at"
                        + " FROM office_event e LEFT JOIN service s ON s.id = e.service_id"
                        + " LEFT JOIN operator o ON o.id = e.operator_id"
                        + " WHERE e.type NOT IN ('OPERATOR_LOGGED_IN', 'LOGIN_FAILED') ORDER BY e.id")
                .forEach(r -> rows.add(line.apply(r)));
        // Counter versions differ on purpose: the database service bumps them as a row lock.
        dsl.fetch("SELECT c.number, c.state, c.pause_reason, o.login FROM counter c"
                        + " LEFT JOIN operator o ON o.id = c.operator_id ORDER BY c.number")
                .forEach(r -> rows.add(line.apply(r)));
        dsl.fetch("SELECT s.prefix, q.service_day, q.last_number FROM ticket_sequence q JOIN service s"
                        + " ON s.id = q.service_id ORDER BY s.prefix, q.service_day")
                .forEach(r -> rows.add(line.apply(r)));
        return rows;
    }
}

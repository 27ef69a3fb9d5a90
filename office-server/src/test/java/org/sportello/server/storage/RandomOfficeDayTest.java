package org.sportello.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.server.storage.schema.Tables.OFFICE_EVENT;
import static org.sportello.server.storage.schema.Tables.SERVICE;
import static org.sportello.server.storage.schema.Tables.TICKET;
import static org.sportello.server.storage.schema.Tables.TICKET_SEQUENCE;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
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
import org.sportello.model.queue.QueueSettings;
import org.sportello.model.queue.ReferenceQueue;
import org.sportello.model.queue.Ticket;
import org.sportello.server.testing.TestOffice;

/**
 * Random office days played on the served queue (its model, its turns, a real H2 file database) and on
 * {@link ReferenceQueue}, the rules written the plain way: every answer must be the same, and so must
 * the stored tickets, the log and the numbering; the queue read back after a restart answers the same
 * too.
 */
class RandomOfficeDayTest {
    private static final String[] TAX_CODES = {"RSSMRA85T10A562S", "RSSMRA85T10A562X", null, null, null};
    private static final String LONG_REASON = "x".repeat(201);

    /** The kinds of step that succeeded (or were refused as malformed) in any seed: every rule is reached. */
    private static final Set<String> PLAYED = ConcurrentHashMap.newKeySet();

    @TempDir
    Path dir;

    @AfterAll
    static void everyRuleWasPlayed() {
        assertThat(PLAYED).contains("issued", "repeated", "next", "recall", "no-show", "finish", "to", "specific",
                "cancel", "closed", "counter", "current", "overview", "find", "INVALID_REQUEST", "INVALID_TAX_CODE",
                "SERVICE_CLOSED", "COUNTER_BUSY", "NOT_ENOUGH_RECALLS", "ACCESS_DENIED");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void aRandomDayGivesTheSameAnswersOnTheServedQueueAsOnTheReference(long seed) {
        TestOffice office = TestOffice.embedded(dir);
        ReferenceQueue reference = new ReferenceQueue(office.connection().directory(), office.clock(),
                QueueSettings.DEFAULT);
        Day served = new Day(office, office.connection().queue());
        Day plain = new Day(office, reference);
        Random random = new Random(seed);
        for (int step = 0; step < 400; step++) {
            long pick = random.nextLong();
            // Sub-microsecond steps too: the memory must keep times exactly as the database stores them.
            office.clock().advance(Duration.ofMillis(random.nextInt(90_000)).plusNanos(random.nextInt(1_000_000)));
            String expected = plain.step(new Random(pick));
            String actual = served.step(new Random(pick));
            assertThat(actual).as("step %d (seed %d)", step, seed).isEqualTo(expected);
            PLAYED.add(expected.startsWith("refused") ? expected.split(" ")[1]
                    : expected.contains("repeated true") ? "repeated" : expected.substring(0, expected.indexOf(' ')));
        }
        OfficeDatabase database = office.connection().database();
        assertThat(storedTickets(database, served)).isEqualTo(reference.tickets().stream().map(served::describe).sorted().toList());
        assertThat(storedLog(database)).isEqualTo(reference.log().stream().map(RandomOfficeDayTest::describe).toList());
        assertThat(storedNumbers(database)).isEqualTo(reference.numbers());

        List<String> before = served.everything(reference);
        office.close();
        try (OfficeConnection again = OfficeConnection.open(OfficeDatabase.open(OfficeDatabase.fileUrl(dir)), office.clock())) {
            Day restarted = served.on(again.queue());
            assertThat(restarted.everything(reference)).as("read back after a restart").isEqualTo(before);
        }
    }

    private static List<String> storedTickets(OfficeDatabase db, Day day) {
        return db.dsl().selectFrom(TICKET).fetch(QueueStore::toTicket).stream().map(day::describe).sorted().toList();
    }

    private static List<String> storedLog(OfficeDatabase db) {
        return db.dsl().select(OFFICE_EVENT.TYPE, OFFICE_EVENT.TICKET_CODE, OFFICE_EVENT.SERVICE_ID,
                        OFFICE_EVENT.COUNTER_NUMBER, OFFICE_EVENT.OPERATOR_ID, OFFICE_EVENT.DETAIL)
                .from(OFFICE_EVENT).where(OFFICE_EVENT.TYPE.notIn("OPERATOR_LOGGED_IN", "LOGIN_FAILED"))
                .orderBy(OFFICE_EVENT.ID)
                .fetch(r -> describe(new ReferenceQueue.Entry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6())));
    }

    private static String describe(ReferenceQueue.Entry e) {
        return String.join("|", e.type(), String.valueOf(e.code()), String.valueOf(e.serviceId()),
                String.valueOf(e.counter()), String.valueOf(e.operatorId()), String.valueOf(e.detail()));
    }

    private static Map<String, Integer> storedNumbers(OfficeDatabase db) {
        Map<String, Integer> numbers = new HashMap<>();
        db.dsl().select(SERVICE.PREFIX, TICKET_SEQUENCE.SERVICE_DAY, TICKET_SEQUENCE.LAST_NUMBER).from(TICKET_SEQUENCE)
                .join(SERVICE).on(SERVICE.ID.eq(TICKET_SEQUENCE.SERVICE_ID))
                .forEach(r -> numbers.put(r.value1() + " " + r.value2(), r.value3()));
        return numbers;
    }

    /** One workstation's view of a random office day: the same choices on either queue. */
    private static final class Day {
        private final QueueService queue;
        private final List<OperatorSession> operators;
        private final OperatorSession supervisor;
        private final Map<UUID, String> prefixes;
        private final Map<UUID, Integer> counterNumbers;
        private final List<String> codes = new ArrayList<>();
        private int taps;

        Day(TestOffice office, QueueService queue) {
            this(queue, List.of(office.login("mrossi"), office.login("lbianchi"), office.login("mrossi")),
                    office.login("gverdi"), office.connection().directory().services().stream()
                            .collect(Collectors.toMap(ServiceInfo::id, ServiceInfo::prefix)),
                    office.connection().directory().counters().stream()
                            .collect(Collectors.toMap(CounterInfo::id, CounterInfo::number)));
        }

        private Day(QueueService queue, List<OperatorSession> operators, OperatorSession supervisor,
                    Map<UUID, String> prefixes, Map<UUID, Integer> counterNumbers) {
            this.queue = queue;
            this.operators = operators;
            this.supervisor = supervisor;
            this.prefixes = prefixes;
            this.counterNumbers = counterNumbers;
        }

        /** The same workstation, on another queue. */
        Day on(QueueService other) {
            return new Day(other, operators, supervisor, prefixes, counterNumbers);
        }

        String step(Random r) {
            int counter = 1 + r.nextInt(3);
            OperatorSession op = operators.get(counter - 1);
            String[] services = {"A", "B", "C", "D", "E", "Z", "b"};
            try {
                return switch (r.nextInt(22)) {
                    case 0, 1, 2, 3, 4 -> {
                        String key = r.nextInt(10) == 0 && taps > 0 ? "tap-" + r.nextInt(taps) : "tap-" + taps++;
                        String language = switch (r.nextInt(20)) {
                            case 0 -> "english";
                            case 1 -> "e";
                            default -> r.nextBoolean() ? "it" : "en";
                        };
                        IssuedTicket t = queue.issue(new IssueRequest(services[r.nextInt(services.length)],
                                PriorityClass.values()[r.nextInt(8) < 6 ? 0 : r.nextInt(4)], language, key,
                                TAX_CODES[r.nextInt(TAX_CODES.length)]));
                        codes.add(t.ticket().code());
                        yield "issued " + describe(t.ticket()) + " ahead " + t.peopleAhead() + " wait "
                                + t.estimatedWait() + " repeated " + t.repeated() + " service " + t.service().prefix();
                    }
                    case 5, 6, 7 -> "next " + queue.callNext(op, counter).map(this::describe).orElse("none");
                    case 8 -> "recall " + describe(queue.recall(op, counter));
                    case 9 -> "no-show " + describe(queue.noShow(op, counter));
                    case 10, 11 -> "finish " + describe(queue.finish(op, counter,
                            r.nextInt(20) == 0 ? null : Outcome.values()[r.nextInt(Outcome.values().length)]));
                    case 12 -> "to service " + describe(queue.transferToService(op, counter, services[r.nextInt(services.length)]));
                    case 13 -> "to counter " + describe(queue.transferToCounter(op, counter, 1 + r.nextInt(4)));
                    case 14 -> "specific " + describe(queue.callSpecific(op, counter, someCode(r),
                            switch (r.nextInt(4)) {
                                case 0 -> " ";
                                case 1 -> LONG_REASON;
                                default -> "urgent";
                            }));
                    case 15 -> "cancel " + describe(queue.cancel(r.nextInt(10) == 0 ? null : op, someCode(r), "left"));
                    case 16 -> {
                        switch (r.nextInt(5)) {
                            case 0 -> queue.pause(op, counter, r.nextInt(4) == 0 ? LONG_REASON : " coffee ");
                            case 1 -> queue.resume(op, counter);
                            case 2 -> queue.closeCounter(op, counter);
                            case 3 -> queue.openCounter(r.nextInt(4) == 0 ? null : op, 1 + r.nextInt(4));
                            default -> queue.openCounter(op, counter);
                        }
                        yield "counter " + counter + " changed";
                    }
                    case 17 -> r.nextInt(8) == 0 ? "closed " + describe(queue.closeDay(r.nextBoolean() ? supervisor : op))
                            : "current " + queue.current(1 + r.nextInt(4)).map(this::describe).orElse("none");
                    case 18 -> "overview " + describe(queue.overview()) + " waiting "
                            + queue.waiting().stream().map(this::describe).toList();
                    default -> "find " + queue.findToday(someCode(r)).map(this::describe).orElse("none");
                };
            } catch (SportelloException e) {
                return "refused " + e.problem() + " " + Arrays.stream(e.arguments()).map(String::valueOf).toList();
            }
        }

        /** Every read the queue answers, for every code and counter: what a restart must give back. */
        List<String> everything(ReferenceQueue reference) {
            List<String> all = new ArrayList<>();
            all.add(describe(queue.overview()).replaceFirst("^\\S+", ""));
            queue.waiting().forEach(t -> all.add(describe(t)));
            for (int c = 1; c <= 3; c++) {
                all.add(queue.current(c).map(this::describe).orElse("none"));
            }
            reference.tickets().forEach(t -> all.add(queue.findToday(t.code()).map(this::describe).orElse("none")));
            return all;
        }

        private String someCode(Random r) {
            return switch (r.nextInt(12)) {
                case 0 -> "Q999";
                case 1 -> "A0000000000000000001";
                default -> codes.isEmpty() ? "Q999" : codes.get(r.nextInt(codes.size())).toLowerCase();
            };
        }

        String describe(Ticket t) {
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
}

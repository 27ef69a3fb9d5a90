package org.sportello.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.display.Events.call;
import static org.sportello.display.Events.recall;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.events.EventFeed;
import org.sportello.model.events.OfficeEvent;
import org.sportello.model.office.Area;
import org.sportello.model.office.OfficeInfo;
import org.sportello.model.office.OpeningHours;
import org.sportello.model.office.ServiceInfo;
import org.sportello.model.queue.QueueOverview;
import org.sportello.protocol.client.EventSubscription;
import org.sportello.model.testing.MutableClock;
import org.sportello.ui.Dispatch;
import org.sportello.ui.ManualScheduler;

/** The board's behaviour without a toolkit: an in-memory office log and virtual time. */
class HallDisplayViewModelTest {
    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    static final HallSettings SETTINGS = HallSettings.defaults();

    final MutableClock clock = new MutableClock(NOW);
    final ManualScheduler time = new ManualScheduler(clock);
    final FakeOffice office = new FakeOffice();
    final AtomicInteger chimes = new AtomicInteger();
    HallDisplayViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new HallDisplayViewModel(office, new Dispatch(Runnable::run, Runnable::run, time),
                SETTINGS.withClock(clock), chimes::incrementAndGet);
    }

    @Test
    void aSequenceOfCallsMakesTheBoard() {
        vm.start();
        office.log(call(1, "A001", 1, NOW), call(2, "B001", 2, NOW), call(3, "A002", 1, NOW));
        time.advance(SETTINGS.pollInterval());

        assertThat(vm.latestCodeProperty().get()).isEqualTo("A002");
        assertThat(vm.latestCounterProperty().get()).isEqualTo("Sportello 1");
        assertThat(vm.earlierCalls()).containsExactly(new CallRow("B001", "Sportello 2"), new CallRow("A001", "Sportello 1"));
        assertThat(vm.flashingProperty().get()).isTrue();
        assertThat(chimes).as("one chime for one poll").hasValue(1);
    }

    @Test
    void theHighlightFadesAndARecallBringsItBack() {
        vm.start();
        office.log(call(1, "A001", 1, NOW), call(2, "B001", 2, NOW));
        time.advance(SETTINGS.pollInterval());
        time.advance(SETTINGS.flashTime());
        assertThat(vm.flashingProperty().get()).isFalse();

        office.log(recall(3, "A001", 1, NOW));
        time.advance(SETTINGS.pollInterval());
        assertThat(vm.latestCodeProperty().get()).isEqualTo("A001");
        assertThat(vm.earlierCalls()).extracting(CallRow::code).containsExactly("B001");
        assertThat(vm.flashingProperty().get()).isTrue();
        assertThat(chimes).hasValue(2);
    }

    @Test
    void aPollWithNoNewCallNeitherFlashesNorChimes() {
        vm.start();
        office.log(call(1, "A001", 1, NOW));
        time.advance(SETTINGS.pollInterval());
        time.advance(SETTINGS.flashTime());
        time.advance(Duration.ofSeconds(5));
        assertThat(vm.flashingProperty().get()).isFalse();
        assertThat(chimes).hasValue(1);
    }

    @Test
    void todaysCallsAlreadyInTheLogAreShownAtStartWithoutAnnouncing() {
        Instant yesterday = NOW.minus(Duration.ofDays(1));
        office.log(call(1, "A007", 3, yesterday), call(2, "A001", 1, NOW.minusSeconds(600)),
                call(3, "B001", 2, NOW.minusSeconds(60)));
        vm.start();

        assertThat(vm.latestCodeProperty().get()).isEqualTo("B001");
        assertThat(vm.earlierCalls()).extracting(CallRow::code).containsExactly("A001");
        assertThat(vm.flashingProperty().get()).isFalse();
        assertThat(chimes).hasValue(0);
        assertThat(vm.officeNameProperty().get()).isEqualTo("Centro per l'Impiego di Prova");
    }

    @Test
    void theWaitingCountsComeFromTheQueueOverview() {
        office.waiting = List.of(queue("A", 3), queue("C", 0));
        vm.start();
        assertThat(vm.waitingLines()).containsExactly(
                new WaitingLine("A", "Accoglienza", 3),
                new WaitingLine("C", "Imprese", 0));

        office.waiting = List.of(queue("A", 1), queue("C", 2));
        time.advance(SETTINGS.overviewInterval());
        assertThat(vm.waitingLines()).extracting(WaitingLine::waiting).containsExactly(1, 2);
    }

    @Test
    void theClockShowsOfficeTimeAndAnItalianDate() {
        vm.start();
        assertThat(vm.timeProperty().get()).isEqualTo("10:00");
        assertThat(vm.dateProperty().get()).isEqualTo("martedì 24 novembre 2026");
        time.advance(Duration.ofMinutes(1));
        assertThat(vm.timeProperty().get()).isEqualTo("10:01");
    }

    @Test
    void aLostDatabaseKeepsTheBoardAndCatchesUpWhenBack() {
        vm.start();
        office.log(call(1, "A001", 1, NOW));
        time.advance(SETTINGS.pollInterval());
        assertThat(vm.connectedProperty().get()).isTrue();

        office.down = true;
        office.log(call(2, "A002", 2, NOW));
        time.advance(SETTINGS.pollInterval());
        assertThat(vm.connectedProperty().get()).isFalse();
        assertThat(vm.latestCodeProperty().get()).isEqualTo("A001");

        office.down = false;
        time.advance(SETTINGS.pollInterval());
        assertThat(vm.connectedProperty().get()).isTrue();
        assertThat(vm.latestCodeProperty().get()).isEqualTo("A002");
    }

    @Test
    void aDisplayStartedWhileTheDatabaseIsDownConnectsLater() {
        office.down = true;
        vm.start();
        assertThat(vm.connectedProperty().get()).isFalse();
        office.log(call(1, "A001", 1, NOW));
        office.down = false;
        time.advance(SETTINGS.retryInterval());
        assertThat(vm.connectedProperty().get()).isTrue();
        assertThat(vm.latestCodeProperty().get()).as("read as history: it was logged before the display connected")
                .isEqualTo("A001");
    }

    // ---------------------------------------------------------------- pushed by the office server

    final List<String> announced = new CopyOnWriteArrayList<>();

    private HallDisplayViewModel pushed() {
        office.pushes = true;
        return new HallDisplayViewModel(office, new Dispatch(Runnable::run, Runnable::run, time),
                SETTINGS.withClock(clock), chimes::incrementAndGet, (code, counter) -> announced.add(code));
    }

    @Test
    void aPushedCallIsOnTheBoardAtOnceWithoutPolling() {
        vm = pushed();
        vm.start();
        int readsAtStart = office.reads.get();

        office.push(call(1, "A001", 1, NOW));
        assertThat(vm.latestCodeProperty().get()).as("no time passed: nothing was polled").isEqualTo("A001");
        assertThat(vm.flashingProperty().get()).isTrue();
        assertThat(chimes).hasValue(1);
        assertThat(announced).containsExactly("A001");

        time.advance(SETTINGS.pollInterval().multipliedBy(20));
        assertThat(office.reads).as("the log is not read again while the office pushes").hasValue(readsAtStart);
    }

    @Test
    void theStreamStartsAfterTheCallsReadAtStartAndAnEventSeenTwiceIsAppliedOnce() {
        office.log(call(1, "A001", 1, NOW.minusSeconds(60)), call(2, "B001", 2, NOW.minusSeconds(30)));
        vm = pushed();
        vm.start();
        assertThat(office.followedFrom).isEqualTo(2);
        assertThat(vm.latestCodeProperty().get()).isEqualTo("B001");
        assertThat(chimes).hasValue(0);

        // A stream that overlaps what was read at start must not announce those calls again.
        office.deliver(call(2, "B001", 2, NOW.minusSeconds(30)));
        office.push(call(3, "A002", 1, NOW));
        office.deliver(call(3, "A002", 1, NOW));
        assertThat(announced).containsExactly("A002");
        assertThat(chimes).hasValue(1);
        assertThat(vm.earlierCalls()).extracting(CallRow::code).containsExactly("B001", "A001");
    }

    @Test
    void aDroppedStreamShowsTheOutageKeepsTheBoardAndRecoversWhenTheOfficeAnswers() {
        vm = pushed();
        vm.start();
        office.push(call(1, "A001", 1, NOW));
        assertThat(vm.connectedProperty().get()).isTrue();

        office.down = true;
        office.drop();
        assertThat(vm.connectedProperty().get()).isFalse();
        assertThat(vm.latestCodeProperty().get()).isEqualTo("A001");
        time.advance(SETTINGS.retryInterval());
        assertThat(vm.connectedProperty().get()).isFalse();

        office.down = false;
        time.advance(SETTINGS.retryInterval());
        assertThat(vm.connectedProperty().get()).as("the office answers again").isTrue();
        office.push(call(2, "A002", 2, NOW));
        assertThat(vm.latestCodeProperty().get()).isEqualTo("A002");
        assertThat(announced).containsExactly("A001", "A002");
    }

    @Test
    void aPushedDisplayStartedWhileTheOfficeIsDownFollowsFromWhatItReadsOnceConnected() {
        vm = pushed();
        office.down = true;
        vm.start();
        assertThat(vm.connectedProperty().get()).isFalse();
        assertThat(office.following).as("no stream before the office was read").isFalse();

        office.log(call(1, "A001", 1, NOW));
        office.down = false;
        time.advance(SETTINGS.retryInterval());
        assertThat(vm.connectedProperty().get()).isTrue();
        assertThat(vm.latestCodeProperty().get()).isEqualTo("A001");
        assertThat(office.followedFrom).isEqualTo(1);
        assertThat(announced).as("read as history").isEmpty();
    }

    @Test
    void stoppingTheBoardEndsTheSubscription() {
        vm = pushed();
        vm.start();
        assertThat(office.following).isTrue();
        vm.stop();
        assertThat(office.following).isFalse();
    }

    private static QueueOverview.ServiceQueue queue(String prefix, int waiting) {
        return new QueueOverview.ServiceQueue(UUID.randomUUID(), prefix, waiting, 0, Duration.ZERO, 0);
    }

    /** An office whose log the test writes; "down" makes every read fail as an unreachable database does. */
    static final class FakeOffice implements HallSource {
        final List<OfficeEvent> events = new CopyOnWriteArrayList<>();
        final AtomicInteger reads = new AtomicInteger();
        volatile boolean down;
        volatile boolean pushes;
        volatile boolean following;
        volatile long followedFrom = -1;
        volatile EventSubscription.Listener listener;
        volatile List<QueueOverview.ServiceQueue> waiting = List.of();

        void log(OfficeEvent... e) {
            events.addAll(List.of(e));
        }

        /** Logs the events and pushes them to the display, as the server does. */
        void push(OfficeEvent... e) {
            log(e);
            deliver(e);
        }

        /** Pushes events as they are, logged or not (a stream that repeats itself). */
        void deliver(OfficeEvent... e) {
            for (OfficeEvent event : e) {
                listener.event(event);
            }
        }

        void drop() {
            listener.interrupted(new SportelloException(Problem.OFFICE_UNAVAILABLE, "test"));
        }

        @Override
        public boolean pushes() {
            return pushes;
        }

        @Override
        public AutoCloseable follow(long afterSeq, EventSubscription.Listener l) {
            followedFrom = afterSeq;
            listener = l;
            following = true;
            return () -> following = false;
        }

        private void check() {
            if (down) {
                throw new SportelloException(Problem.OFFICE_UNAVAILABLE, "test");
            }
        }

        @Override
        public OfficeInfo office() {
            check();
            return new OfficeInfo(UUID.randomUUID(), "T01", "Centro per l'Impiego di Prova", "Via Roma 1", ROME);
        }

        @Override
        public List<ServiceInfo> services() {
            check();
            return List.of(service("A", "Accoglienza", Area.PERSONS), service("C", "Imprese", Area.COMPANIES));
        }

        private static ServiceInfo service(String prefix, String name, Area area) {
            return new ServiceInfo(UUID.randomUUID(), prefix, name, name + " (en)", "", "", area, Duration.ofMinutes(10),
                    Duration.ofMinutes(5), 1, OpeningHours.ALWAYS);
        }

        @Override
        public QueueOverview overview() {
            check();
            return new QueueOverview(NOW, new ArrayList<>(waiting), List.of());
        }

        @Override
        public EventFeed events() {
            return new EventFeed() {
                @Override
                public List<OfficeEvent> after(long afterSeq, int limit) {
                    check();
                    reads.incrementAndGet();
                    return events.stream().filter(e -> e.seq() > afterSeq).limit(limit).toList();
                }

                @Override
                public long latestSeq() {
                    check();
                    return events.stream().mapToLong(OfficeEvent::seq).max().orElse(0);
                }
            };
        }
    }
}

package org.sportello.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.Role;
import org.sportello.model.events.EventType;
import org.sportello.model.events.OfficeEvent;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.client.EventSubscription;
import org.sportello.protocol.client.OfficeClient;
import org.sportello.protocol.v1.EventsGrpc;
import org.sportello.protocol.v1.EventsRequest;
import org.sportello.protocol.v1.OfficeEventMsg;

/** Push, not poll: calls reach the hall at once, and a stream cut by a restart resumes exactly. */
class EventStreamTest {
    @TempDir
    Path dir;
    private OfficeApiFixture office;
    private final List<AutoCloseable> closing = new ArrayList<>();

    @BeforeEach
    void office() {
        office = OfficeApiFixture.start(dir);
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closing) {
            c.close();
        }
        office.close();
    }

    @Test
    void aHallDisplaySeesACallWithinAShortTime() throws Exception {
        OfficeClient display = new OfficeClient(office.as(StationRole.DISPLAY));
        List<OfficeEvent> seen = new CopyOnWriteArrayList<>();
        CountDownLatch called = new CountDownLatch(1);
        long[] calledAt = new long[1];
        closing.add(display.subscribe(display.events().latestSeq(), e -> {
            seen.add(e);
            if (e.type() == EventType.TICKET_CALLED) {
                calledAt[0] = System.nanoTime();
                called.countDown();
            }
        }));
        OperatorSession operator = deskOperator("desk-1");
        OfficeClient desk = new OfficeClient(office.as(StationRole.DESK, "desk-1"), () -> operator);
        new OfficeClient(office.as(StationRole.KIOSK)).queue()
                .issue(new IssueRequest("A", PriorityClass.STANDARD, "it", "tap"));
        desk.queue().openCounter(operator, 1);
        long before = System.nanoTime();
        String code = desk.queue().callNext(operator, 1).orElseThrow().code();

        assertThat(called.await(2, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(calledAt[0] - before)).isLessThan(Duration.ofMillis(500));
        OfficeEvent call = seen.stream().filter(e -> e.type() == EventType.TICKET_CALLED).findFirst().orElseThrow();
        assertThat(call.ticketCode()).isEqualTo(code);
        assertThat(call.counterNumber()).isEqualTo(1);
    }

    @Test
    void aStreamCutByARestartResumesWithEveryEventExactlyOnceInOrder() throws Exception {
        long start = office.connection().events().latestSeq();
        OfficeClient watcher = new OfficeClient(office.as(StationRole.DESK, "desk-watch"));
        List<Long> seqs = new CopyOnWriteArrayList<>();
        List<String> interruptions = new CopyOnWriteArrayList<>();
        EventSubscription subscription = watcher.subscribe(start, new EventSubscription.Listener() {
            @Override
            public void event(OfficeEvent event) {
                seqs.add(event.seq());
            }

            @Override
            public void interrupted(org.sportello.model.common.SportelloException why) {
                interruptions.add(why.problem().name());
            }
        });
        closing.add(subscription);

        issue(20, "before");
        awaitDelivered(subscription);
        office.restart();
        // While the stream is down: written straight into the database, as the restarted server would.
        for (int i = 0; i < 5; i++) {
            office.connection().queue().issue(new IssueRequest("B", PriorityClass.STANDARD, "it", "down-" + i));
        }
        awaitReconnected(watcher);
        issue(20, "after");
        OperatorSession operator = deskOperator("desk-1");
        OfficeClient desk = new OfficeClient(office.as(StationRole.DESK, "desk-1"), () -> operator);
        desk.queue().openCounter(operator, 1);
        desk.queue().callNext(operator, 1);

        awaitDelivered(subscription);
        List<Long> expected = office.connection().events().after(start, 10_000).stream().map(OfficeEvent::seq).toList();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(47);
        assertThat(seqs).containsExactlyElementsOf(expected);
        assertThat(interruptions).as("the cut was seen and resumed from").isNotEmpty();
    }

    @Test
    void aStalledSubscriberIsCutWithoutSlowingTheOthers() throws Exception {
        office.close();
        office = OfficeApiFixture.start(dir, 16);
        OfficeClient display = new OfficeClient(office.as(StationRole.DISPLAY));
        List<Long> fast = new CopyOnWriteArrayList<>();
        closing.add(display.subscribe(display.events().latestSeq(), e -> fast.add(e.seq())));

        // A station that subscribes and then reads nothing: its buffer fills and the server closes it.
        AtomicReference<ClientCallStreamObserver<EventsRequest>> stalledCall = new AtomicReference<>();
        CountDownLatch stalledEnded = new CountDownLatch(1);
        AtomicReference<Status> stalledStatus = new AtomicReference<>();
        EventsGrpc.newStub(office.as(StationRole.DISPLAY, "stalled")).subscribe(
                EventsRequest.newBuilder().setAfterSeq(display.events().latestSeq()).build(),
                new ClientResponseObserver<EventsRequest, OfficeEventMsg>() {
                    @Override
                    public void beforeStart(ClientCallStreamObserver<EventsRequest> call) {
                        stalledCall.set(call);
                        call.disableAutoInboundFlowControl(); // and never calls request(): reads nothing
                    }

                    @Override
                    public void onNext(OfficeEventMsg value) {
                    }

                    @Override
                    public void onError(Throwable t) {
                        stalledStatus.set(Status.fromThrowable(t));
                        stalledEnded.countDown();
                    }

                    @Override
                    public void onCompleted() {
                        stalledEnded.countDown();
                    }
                });
        long started = System.nanoTime();
        List<Long> issued = issue(100, "flood");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!fast.contains(issued.getLast()) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(fast).as("the reading display got every ticket, once, in order").containsSubsequence(issued);
        assertThat(fast).doesNotHaveDuplicates().isSorted();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(stalledEnded.await(10, TimeUnit.SECONDS)).as("the stalled stream was closed").isTrue();
        assertThat(stalledStatus.get().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(office.broadcast().subscriberCount()).isEqualTo(1);
        stalledCall.get().cancel("done", null);
    }

    private List<Long> issue(int n, String prefix) {
        OfficeClient kiosk = new OfficeClient(office.as(StationRole.KIOSK));
        List<Long> seqs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            kiosk.queue().issue(new IssueRequest("A", PriorityClass.STANDARD, "it", prefix + "-" + UUID.randomUUID()));
        }
        List<Long> all = office.connection().events().after(0, 100_000).stream()
                .filter(e -> e.type() == EventType.TICKET_ISSUED).map(OfficeEvent::seq).toList();
        seqs.addAll(all.subList(all.size() - n, all.size()));
        return seqs;
    }

    /** Like the apps, a station meets an outage while the server is down, and goes on once it is back. */
    private static void awaitReconnected(OfficeClient station) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                station.events().latestSeq();
                return;
            } catch (org.sportello.model.common.SportelloException outage) {
                assertThat(outage.problem()).isEqualTo(org.sportello.model.common.Problem.OFFICE_UNAVAILABLE);
                assertThat(System.nanoTime()).as("reconnected in time").isLessThan(deadline);
                Thread.sleep(50);
            }
        }
    }

    private void awaitDelivered(EventSubscription subscription) throws InterruptedException {
        long latest = office.connection().events().latestSeq();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (subscription.lastSeq() < latest && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(subscription.lastSeq()).isEqualTo(latest);
    }

    private OperatorSession deskOperator(String station) {
        String token = office.login(StationRole.DESK, station, "gverdi");
        return new OperatorSession(null, "gverdi", "Giulia Verdi", Role.SUPERVISOR, token);
    }

    static boolean isUnavailable(StatusRuntimeException e) {
        return e.getStatus().getCode() == Status.Code.UNAVAILABLE;
    }
}

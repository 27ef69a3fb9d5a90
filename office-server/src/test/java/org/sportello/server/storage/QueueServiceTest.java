package org.sportello.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.events.EventTail;
import org.sportello.model.events.EventType;
import org.sportello.model.events.OfficeEvent;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueService;
import org.sportello.model.queue.Ticket;
import org.sportello.model.queue.TicketStatus;
import org.sportello.server.testing.TestOffice;

/** The queue on a real H2 file database. */
class QueueServiceTest {
    @TempDir
    Path dir;
    TestOffice office;
    QueueService queue;
    OperatorSession maria;
    OperatorSession luca;

    /** The office under test: the queue served from memory on a real H2 file database. */
    TestOffice openOffice(Path dir) throws Exception {
        return TestOffice.embedded(dir);
    }

    @BeforeEach
    void setUp() throws Exception {
        office = openOffice(dir);
        queue = office.connection().queue();
        maria = office.login("mrossi");
        luca = office.login("lbianchi");
        queue.openCounter(maria, 1);
        queue.openCounter(luca, 2);
    }

    @AfterEach
    void tearDown() {
        office.close();
        closeOffice();
    }

    void closeOffice() {
    }

    private IssuedTicket issue(String prefix) {
        return issue(prefix, PriorityClass.STANDARD);
    }

    private IssuedTicket issue(String prefix, PriorityClass priority) {
        office.clock().advance(Duration.ofSeconds(10));
        return queue.issue(new IssueRequest(prefix, priority, "it", UUID.randomUUID().toString()));
    }

    @Test
    void numbersAreDailyPerServiceAndStartAtOne() {
        assertThat(issue("A").ticket().code()).isEqualTo("A001");
        assertThat(issue("A").ticket().code()).isEqualTo("A002");
        assertThat(issue("B").ticket().code()).isEqualTo("B001");
        office.clock().advance(Duration.ofDays(1));
        assertThat(issue("A").ticket().code()).isEqualTo("A001");
    }

    @Test
    void aRetriedTapReturnsTheSameTicket() {
        IssueRequest tap = new IssueRequest("A", PriorityClass.STANDARD, "en", "tap-42");
        IssuedTicket first = queue.issue(tap);
        IssuedTicket again = queue.issue(tap);
        assertThat(again.ticket().id()).isEqualTo(first.ticket().id());
        assertThat(first.repeated()).isFalse();
        assertThat(again.repeated()).isTrue();
        assertThat(queue.waiting()).hasSize(1);
    }

    @Test
    void aHealthCardShownAtTheKioskTravelsWithTheTicket() {
        IssueRequest tap = new IssueRequest("A", PriorityClass.STANDARD, "it", "card-tap", " rssmra85t10a562s ");
        IssuedTicket issued = queue.issue(tap);
        assertThat(issued.ticket().citizenTaxCode()).isEqualTo("RSSMRA85T10A562S");
        assertThat(queue.callNext(maria, 1).orElseThrow().citizenTaxCode()).isEqualTo("RSSMRA85T10A562S");
        assertThat(issue("A").ticket().citizenTaxCode()).isNull();
    }

    @Test
    void aBadTaxCodeNeverReachesATicket() {
        IssueRequest tap = new IssueRequest("A", PriorityClass.STANDARD, "it", "bad-card", "RSSMRA85T10A562X");
        assertThatThrownBy(() -> queue.issue(tap)).isInstanceOfSatisfying(SportelloException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.INVALID_TAX_CODE));
        assertThat(queue.waiting()).isEmpty();
    }

    @Test
    void estimatedWaitGrowsWithPeopleAhead() {
        IssuedTicket first = issue("B");
        IssuedTicket second = issue("B");
        IssuedTicket third = issue("B");
        assertThat(first.peopleAhead()).isZero();
        assertThat(first.estimatedWaitMinutes()).isZero();
        assertThat(third.peopleAhead()).isEqualTo(2);
        // Two open counters serve B (1 and 2), default visit 12 minutes: 2 × 12 / 2 = 12.
        assertThat(third.estimatedWaitMinutes()).isEqualTo(12);
        assertThat(second.estimatedWaitMinutes()).isEqualTo(6);
    }

    @Test
    void callRecallFinishWritesEvents() {
        EventTail tail = EventTail.fromNow(office.connection().events());
        IssuedTicket t = issue("A");
        Ticket called = queue.callNext(maria, 1).orElseThrow();
        assertThat(called.id()).isEqualTo(t.ticket().id());
        assertThat(called.status()).isEqualTo(TicketStatus.CALLED);
        queue.recall(maria, 1);
        Ticket done = queue.finish(maria, 1, Outcome.RESOLVED);
        assertThat(done.status()).isEqualTo(TicketStatus.DONE);
        assertThat(done.outcome()).isEqualTo(Outcome.RESOLVED);
        List<EventType> types = tail.poll().stream().map(OfficeEvent::type).toList();
        assertThat(types).containsExactly(EventType.TICKET_ISSUED, EventType.TICKET_CALLED,
                EventType.TICKET_RECALLED, EventType.TICKET_FINISHED);
    }

    @Test
    void priorityFirstThenOldest() {
        IssuedTicket a1 = issue("A");
        IssuedTicket a2 = issue("A", PriorityClass.PREGNANCY);
        assertThat(queue.callNext(maria, 1).orElseThrow().id()).isEqualTo(a2.ticket().id());
        queue.finish(maria, 1, Outcome.RESOLVED);
        assertThat(queue.callNext(maria, 1).orElseThrow().id()).isEqualTo(a1.ticket().id());
    }

    @Test
    void transferKeepsThePlaceInLine() {
        IssuedTicket a = issue("A");
        IssuedTicket b1 = issue("B");
        assertThat(queue.callNext(maria, 1).orElseThrow().id()).isEqualTo(a.ticket().id());
        IssuedTicket b2 = issue("B");
        queue.transferToService(maria, 1, "B");
        // A001 was queued before both B tickets, so counter 2 calls it first.
        assertThat(queue.callNext(luca, 2).orElseThrow().id()).isEqualTo(a.ticket().id());
        queue.finish(luca, 2, Outcome.RESOLVED);
        assertThat(queue.callNext(luca, 2).orElseThrow().id()).isEqualTo(b1.ticket().id());
        queue.finish(luca, 2, Outcome.RESOLVED);
        assertThat(queue.callNext(luca, 2).orElseThrow().id()).isEqualTo(b2.ticket().id());
    }

    @Test
    void transferToACounterOnlyThatCounterCalls() {
        issue("A");
        queue.callNext(maria, 1);
        queue.transferToCounter(maria, 1, 2);
        assertThat(queue.callNext(maria, 1)).isEmpty();
        assertThat(queue.callNext(luca, 2)).isPresent();
    }

    @Test
    void noShowNeedsARecallFirst() {
        issue("A");
        queue.callNext(maria, 1);
        assertThatThrownBy(() -> queue.noShow(maria, 1))
                .isInstanceOfSatisfying(SportelloException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.NOT_ENOUGH_RECALLS));
        queue.recall(maria, 1);
        assertThat(queue.noShow(maria, 1).status()).isEqualTo(TicketStatus.NO_SHOW);
    }

    @Test
    void aPausedCounterCannotCall() {
        issue("A");
        queue.pause(maria, 1, "coffee");
        assertThatThrownBy(() -> queue.callNext(maria, 1))
                .isInstanceOfSatisfying(SportelloException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.COUNTER_PAUSED));
        queue.resume(maria, 1);
        assertThat(queue.callNext(maria, 1)).isPresent();
    }

    @Test
    void closedServiceIsRefusedWithItsHours() {
        office.clock().set(TestOffice.TUESDAY_MORNING.withHour(13).atZone(TestOffice.ROME).toInstant());
        assertThatThrownBy(() -> queue.issue(new IssueRequest("C", PriorityClass.STANDARD, "it", "x")))
                .isInstanceOfSatisfying(SportelloException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.SERVICE_CLOSED);
                    assertThat(e.getMessage()).contains("08:30");
                });
    }

    @Test
    void outOfTurnNeedsAReasonAndTakesTheNamedTicket() {
        issue("A");
        IssuedTicket second = issue("A");
        assertThatThrownBy(() -> queue.callSpecific(maria, 1, "A002", " "))
                .isInstanceOf(SportelloException.class);
        assertThat(queue.callSpecific(maria, 1, "a002", "forgot documents").id()).isEqualTo(second.ticket().id());
    }

    @Test
    void operatorsCannotCloseTheDaySupervisorsCan() {
        issue("A");
        issue("B");
        assertThatThrownBy(() -> queue.closeDay(maria))
                .isInstanceOfSatisfying(SportelloException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.ACCESS_DENIED));
        var report = queue.closeDay(office.login("gverdi"));
        assertThat(report.totalUnserved()).isEqualTo(2);
        assertThat(queue.waiting()).isEmpty();
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThatThrownBy(() -> office.connection().auth().login("mrossi", "nope".toCharArray()))
                .isInstanceOfSatisfying(SportelloException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.LOGIN_FAILED));
        assertThatThrownBy(() -> office.connection().auth().login("nobody", "demo".toCharArray()))
                .isInstanceOf(SportelloException.class);
    }
}

package org.sportello.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.events.EventType;
import org.sportello.model.events.OfficeEvent;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.Ticket;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.client.EventSubscription;
import org.sportello.protocol.client.OfficeClient;

/**
 * A citizen who shows a health card at the kiosk: the codice fiscale reaches the desk whose operator
 * is logged in, and no kiosk or hall display reads it back by any path, nor who served them.
 */
class PersonalDataTest {
    private static final String TAX_CODE = "RSSMRA85T10A562S";

    @TempDir
    Path dir;
    private OfficeApiFixture office;
    private OperatorSession operator;
    private OfficeClient desk;
    private Ticket ticket;
    private final List<EventSubscription> subscriptions = new CopyOnWriteArrayList<>();

    @BeforeEach
    void citizenWithACard() {
        office = OfficeApiFixture.start(dir);
        String token = office.login(StationRole.DESK, "gverdi");
        operator = new OperatorSession(null, "gverdi", "Giulia Verdi", org.sportello.model.auth.Role.SUPERVISOR, token);
        desk = new OfficeClient(office.as(StationRole.DESK), () -> operator);
        IssuedTicket issued = new OfficeClient(office.as(StationRole.KIOSK)).queue()
                .issue(new IssueRequest("A", PriorityClass.STANDARD, "it", "tap-1", TAX_CODE));
        ticket = issued.ticket();
        assertThat(issued.ticket().citizenTaxCode()).as("the kiosk's own answer").isNull();
    }

    @AfterEach
    void close() {
        subscriptions.forEach(EventSubscription::close);
        office.close();
    }

    @Test
    void aDeskWithAnOperatorReadsTheCodiceFiscaleEveryWay() {
        assertThat(desk.queue().findToday(ticket.code()).orElseThrow().citizenTaxCode()).isEqualTo(TAX_CODE);
        assertThat(desk.queue().waiting()).extracting(Ticket::citizenTaxCode).contains(TAX_CODE);
        desk.queue().openCounter(operator, 1);
        Ticket called = desk.queue().callNext(operator, 1).orElseThrow();
        assertThat(called.citizenTaxCode()).isEqualTo(TAX_CODE);
        assertThat(desk.queue().current(1).orElseThrow().citizenTaxCode()).isEqualTo(TAX_CODE);
    }

    @Test
    void aDeskWithoutAnOperatorDoesNot() {
        OfficeClient deskNobody = new OfficeClient(office.as(StationRole.DESK, "desk-2"));
        assertThat(deskNobody.queue().findToday(ticket.code()).orElseThrow().citizenTaxCode()).isNull();
        assertThat(deskNobody.queue().waiting()).extracting(Ticket::citizenTaxCode).containsOnlyNulls();
    }

    @Test
    void kiosksAndDisplaysReadNoCodiceFiscaleAndNoOperatorEvenWithAStolenToken() throws Exception {
        List<List<OfficeEvent>> streams = List.of(new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>());
        List<StationRole> publicRoles = List.of(StationRole.KIOSK, StationRole.DISPLAY);
        for (int i = 0; i < publicRoles.size(); i++) {
            List<OfficeEvent> seen = streams.get(i);
            subscriptions.add(new OfficeClient(office.as(publicRoles.get(i))).subscribe(0, seen::add));
        }
        desk.queue().openCounter(operator, 1);
        desk.queue().pause(operator, 1, "Rossi Mario mi ha chiesto un certificato");
        desk.queue().resume(operator, 1);
        desk.queue().callNext(operator, 1).orElseThrow();
        Ticket stillWaiting = new OfficeClient(office.as(StationRole.KIOSK)).queue()
                .issue(new IssueRequest("A", PriorityClass.STANDARD, "it", "tap-2", TAX_CODE)).ticket();
        assertThat(desk.queue().waiting()).extracting(Ticket::citizenTaxCode).as("desk").containsOnly(TAX_CODE);

        for (StationRole role : publicRoles) {
            // The stolen desk session must not unlock anything for another station's role.
            OfficeClient station = new OfficeClient(office.as(role), () -> operator);
            assertThat(station.queue().findToday(ticket.code()).orElseThrow().citizenTaxCode()).as(role + " find").isNull();
            assertThat(station.queue().current(1).orElseThrow().citizenTaxCode()).as(role + " current").isNull();
            assertThat(station.queue().waiting()).extracting(Ticket::code).as(role + " waiting").contains(stillWaiting.code());
            assertThat(station.queue().waiting()).extracting(Ticket::citizenTaxCode).as(role + " waiting").containsOnlyNulls();
            assertThat(station.queue().overview().counters()).as(role + " overview")
                    .allSatisfy(c -> {
                        assertThat(c.operatorName()).isNull();
                        assertThat(c.pauseReason()).isNull();
                    });
            assertThat(station.directory().counters()).allSatisfy(c -> assertThat(c.operatorId()).isNull());
            assertThat(station.events().after(0, 1000)).as(role + " log")
                    .isNotEmpty()
                    .allSatisfy(PersonalDataTest::hasNoPersonalDetail);
        }
        long calledSeq = desk.events().after(0, 1000).stream()
                .filter(e -> e.type() == EventType.TICKET_CALLED).findFirst().orElseThrow().seq();
        for (List<OfficeEvent> seen : streams) {
            awaitSeq(seen, calledSeq);
            assertThat(seen).allSatisfy(PersonalDataTest::hasNoPersonalDetail);
        }
        // The desk, for contrast, sees who did what and why.
        assertThat(desk.events().after(0, 1000)).anySatisfy(e -> assertThat(e.detail()).contains("Rossi Mario"));
        assertThat(desk.events().after(0, 1000)).anySatisfy(e -> assertThat(e.operatorId()).isNotNull());
    }

    private static void hasNoPersonalDetail(OfficeEvent e) {
        assertThat(e.detail()).as("detail of " + e.type()).isNull();
        assertThat(e.operatorId()).as("operator of " + e.type()).isNull();
        assertThat(e.type()).isNotIn(EventType.PRINTER_STATUS, EventType.DEVICE_STATUS, EventType.OPERATOR_LOGGED_IN,
                EventType.LOGIN_FAILED, EventType.DOSSIER_CHANGED);
    }

    static void awaitSeq(List<OfficeEvent> seen, long seq) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (seen.stream().noneMatch(e -> e.seq() >= seq) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(seen).extracting(OfficeEvent::seq).as("events received").contains(seq);
    }

    static Optional<OfficeEvent> last(List<OfficeEvent> events) {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.getLast());
    }
}

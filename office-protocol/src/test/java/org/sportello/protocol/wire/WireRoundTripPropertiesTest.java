package org.sportello.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.PropertyDefaults;
import org.sportello.model.events.DeviceReport;
import org.sportello.model.events.EventType;
import org.sportello.model.events.OfficeEvent;
import org.sportello.model.events.PrinterReport;
import org.sportello.model.office.Area;
import org.sportello.model.office.CounterInfo;
import org.sportello.model.office.CounterState;
import org.sportello.model.office.OfficeInfo;
import org.sportello.model.office.OpeningHours;
import org.sportello.model.office.ServiceInfo;
import org.sportello.model.queue.DayCloseReport;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueOverview;
import org.sportello.model.queue.Ticket;
import org.sportello.model.queue.TicketKind;
import org.sportello.model.queue.TicketStatus;
import org.sportello.protocol.v1.IssueTicketRequest;
import org.sportello.protocol.v1.OfficeEventMsg;
import org.sportello.protocol.v1.PrinterReportMsg;
import org.sportello.protocol.v1.TicketMsg;

/**
 * Every value the directory, queue and events services carry comes back equal after a trip to the
 * wire and back, through the bytes (so the proto's field types are tested too, not only the builders).
 * Absent values are null, never the empty string (which the wire uses for "absent").
 */
@PropertyDefaults(tries = 300)
class WireRoundTripPropertiesTest {

    @Property
    void tickets(@ForAll("tickets") Ticket t) throws Exception {
        assertThat(QueueWire.ticket(TicketMsg.parseFrom(QueueWire.ticket(t).toByteArray()))).isEqualTo(t);
    }

    @Property
    void issueRequests(@ForAll("issueRequests") IssueRequest r) throws Exception {
        assertThat(QueueWire.request(IssueTicketRequest.parseFrom(QueueWire.request(r).toByteArray()))).isEqualTo(r);
    }

    @Property
    void issuedTickets(@ForAll("tickets") Ticket t, @ForAll("services") ServiceInfo s,
                       @ForAll int peopleAhead, @ForAll("millis") Duration wait, @ForAll int openCounters,
                       @ForAll boolean repeated) {
        IssuedTicket issued = new IssuedTicket(t, s, peopleAhead, wait, openCounters, repeated);
        assertThat(QueueWire.issued(QueueWire.issued(issued))).isEqualTo(issued);
    }

    @Property
    void optionalTicketsAndLists(@ForAll("tickets") Ticket t) {
        assertThat(QueueWire.optional(QueueWire.optional(java.util.Optional.of(t)))).contains(t);
        assertThat(QueueWire.optional(QueueWire.optional(java.util.Optional.empty()))).isEmpty();
        assertThat(QueueWire.list(QueueWire.list(List.of(t, t)))).containsExactly(t, t);
    }

    @Property
    void overviews(@ForAll("overviews") QueueOverview o) {
        assertThat(QueueWire.overview(QueueWire.overview(o))).isEqualTo(o);
    }

    @Property
    void dayCloseReports(@ForAll("days") LocalDate day, @ForAll("prefixes") String prefix, @ForAll int count,
                         @ForAll int served) {
        DayCloseReport r = new DayCloseReport(day, List.of(new DayCloseReport.ServiceCount(prefix, count)), served);
        assertThat(QueueWire.dayClose(QueueWire.dayClose(r))).isEqualTo(r);
    }

    @Property
    void offices(@ForAll("offices") OfficeInfo o) {
        assertThat(DirectoryWire.office(DirectoryWire.office(o))).isEqualTo(o);
    }

    @Property
    void services(@ForAll("services") ServiceInfo s) {
        assertThat(DirectoryWire.service(DirectoryWire.service(s))).isEqualTo(s);
    }

    @Property
    void counters(@ForAll("counters") CounterInfo c) {
        assertThat(DirectoryWire.counter(DirectoryWire.counter(c))).isEqualTo(c);
    }

    @Property
    void wholeDirectories(@ForAll("offices") OfficeInfo o, @ForAll("services") ServiceInfo s,
                          @ForAll("counters") CounterInfo c) {
        var contents = new DirectoryWire.Contents(o, List.of(s), List.of(c));
        assertThat(DirectoryWire.contents(DirectoryWire.reply(contents))).isEqualTo(contents);
    }

    @Property
    void events(@ForAll("events") OfficeEvent e) throws Exception {
        assertThat(EventWire.event(OfficeEventMsg.parseFrom(EventWire.event(e).toByteArray()))).isEqualTo(e);
        assertThat(EventWire.list(EventWire.list(List.of(e)))).containsExactly(e);
    }

    @Property
    void printerReports(@ForAll PrinterReport.State state, @ForAll("names") String station) {
        PrinterReport r = new PrinterReport(station, state);
        assertThat(EventWire.printer(EventWire.printer(r), r.station())).isEqualTo(r);
    }

    @Property
    void deviceReports(@ForAll DeviceReport.Device device, @ForAll DeviceReport.State state,
                       @ForAll("names") String station, @ForAll("names") String name) {
        DeviceReport r = new DeviceReport(station, device, name, state);
        assertThat(EventWire.device(EventWire.device(r), r.station())).isEqualTo(r);
    }

    @Example
    void unknownEnumNamesAreRefusedNotGuessed() {
        assertThatThrownBy(() -> EventWire.printer(PrinterReportMsg.newBuilder().setState("ON_FIRE").build(), "k"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("printer.state");
        assertThatThrownBy(() -> QueueWire.request(IssueTicketRequest.newBuilder().setServicePrefix("A")
                .setPriority("VIP").setIdempotencyKey("k").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("priority");
        assertThatThrownBy(() -> EventWire.event(OfficeEventMsg.newBuilder().setType("TICKET_TELEPORTED").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event.type");
        assertThatThrownBy(() -> QueueWire.ticket(TicketMsg.newBuilder().setId(UUID.randomUUID().toString())
                .setStatus("LOST").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ticket.status");
    }

    @Example
    void nanosecondsSurviveTheTrip() {
        Instant at = Instant.parse("2026-12-02T09:48:30.123456789Z");
        OfficeEvent e = new OfficeEvent(7, UUID.randomUUID(), at, EventType.TICKET_CALLED, null, "A001", null,
                null, 1, null, null);
        assertThat(EventWire.event(EventWire.event(e)).occurredAt()).isEqualTo(at);
        Instant before1970 = Instant.parse("1969-12-31T23:59:59.999999999Z");
        assertThat(WireValues.instant(WireValues.millis(before1970), WireValues.subMillis(before1970)))
                .isEqualTo(before1970);
    }

    // ---- generators ----

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("1900-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2200-01-01T00:00:00Z").getEpochSecond())
                .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
    }

    @Provide
    Arbitrary<Duration> millis() {
        return Arbitraries.longs().between(0, Duration.ofDays(3650).toMillis()).map(Duration::ofMillis);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(-100_000, 100_000).map(d -> LocalDate.of(2026, 1, 1).plusDays(d));
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(8);
    }

    /** Any text, but never empty: the wire's empty string is the model's null. */
    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40)
                .filter(s -> !s.isBlank())
                .filter(WireRoundTripPropertiesTest::validUtf16);
    }

    private Arbitrary<String> optionalText() {
        return names().injectNull(0.3);
    }

    private Arbitrary<UUID> ids() {
        return Arbitraries.randomValue(r -> new UUID(r.nextLong(), r.nextLong()));
    }

    private Arbitrary<Integer> optionalInts() {
        return Arbitraries.integers().injectNull(0.3);
    }

    @Provide
    Arbitrary<Ticket> tickets() {
        return Builders.withBuilder(() -> new Object[20])
                .use(ids()).in((a, v) -> set(a, 0, v))
                .use(ids().injectNull(0.2)).in((a, v) -> set(a, 1, v))
                .use(days().injectNull(0.2)).in((a, v) -> set(a, 2, v))
                .use(Arbitraries.integers()).in((a, v) -> set(a, 3, v))
                .use(optionalText()).in((a, v) -> set(a, 4, v))
                .use(Arbitraries.of(TicketKind.class).injectNull(0.2)).in((a, v) -> set(a, 5, v))
                .use(Arbitraries.of(PriorityClass.class).injectNull(0.2)).in((a, v) -> set(a, 6, v))
                .use(Arbitraries.of(TicketStatus.class).injectNull(0.2)).in((a, v) -> set(a, 7, v))
                .use(optionalText()).in((a, v) -> set(a, 8, v))
                .use(instants()).in((a, v) -> set(a, 9, v))
                .use(instants()).in((a, v) -> set(a, 10, v))
                .use(instants().injectNull(0.4)).in((a, v) -> set(a, 11, v))
                .use(instants().injectNull(0.4)).in((a, v) -> set(a, 12, v))
                .use(ids().injectNull(0.4)).in((a, v) -> set(a, 13, v))
                .use(ids().injectNull(0.4)).in((a, v) -> set(a, 14, v))
                .use(Arbitraries.integers()).in((a, v) -> set(a, 15, v))
                .use(Arbitraries.of(Outcome.class).injectNull(0.4)).in((a, v) -> set(a, 16, v))
                .use(optionalInts()).in((a, v) -> set(a, 17, v))
                .use(optionalInts()).in((a, v) -> set(a, 18, v))
                .use(optionalText()).in((a, v) -> set(a, 19, v))
                .build(a -> new Ticket((UUID) a[0], (UUID) a[1], (LocalDate) a[2], (Integer) a[3], (String) a[4],
                        (TicketKind) a[5], (PriorityClass) a[6], (TicketStatus) a[7], (String) a[8], (Instant) a[9],
                        (Instant) a[10], (Instant) a[11], (Instant) a[12], (UUID) a[13], (UUID) a[14],
                        (Integer) a[15], (Outcome) a[16], (Integer) a[17], (Integer) a[18], (String) a[19]));
    }

    @Provide
    Arbitrary<IssueRequest> issueRequests() {
        Arbitrary<String> languages = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(3);
        Arbitrary<String> keys = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(64);
        Arbitrary<String> taxCodes = Arbitraries.strings().withCharRange('A', 'Z').numeric().ofLength(16).injectNull(0.5);
        return Combinators.combine(prefixes(), Arbitraries.of(PriorityClass.class), languages, keys, taxCodes)
                .as(IssueRequest::new);
    }

    @Provide
    Arbitrary<QueueOverview> overviews() {
        Arbitrary<QueueOverview.ServiceQueue> services = Combinators.combine(ids().injectNull(0.1), prefixes(),
                        Arbitraries.integers(), Arbitraries.integers(), millis(), Arbitraries.integers())
                .as(QueueOverview.ServiceQueue::new);
        Arbitrary<QueueOverview.CounterStatus> counters = Combinators.combine(ids().injectNull(0.1),
                        Arbitraries.integers(), Arbitraries.of(CounterState.class).injectNull(0.1), optionalText(),
                        optionalText(), optionalText())
                .as(QueueOverview.CounterStatus::new);
        return Combinators.combine(instants(), services.list().ofMaxSize(4), counters.list().ofMaxSize(4))
                .as(QueueOverview::new);
    }

    @Provide
    Arbitrary<OfficeInfo> offices() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZoneId.getAvailableZoneIds()).map(ZoneId::of).injectNull(0.1);
        return Combinators.combine(ids(), optionalText(), optionalText(), optionalText(), zones).as(OfficeInfo::new);
    }

    @Provide
    Arbitrary<ServiceInfo> services() {
        Arbitrary<OpeningHours.Interval> intervals = Combinators.combine(Arbitraries.of(DayOfWeek.class),
                        Arbitraries.longs().between(0, 86_399_999_999_998L), Arbitraries.longs().between(1, 1_000_000_000_000L))
                .as((day, opens, length) -> new OpeningHours.Interval(day, LocalTime.ofNanoOfDay(opens),
                        LocalTime.ofNanoOfDay(Math.min(86_399_999_999_999L, opens + length))));
        Arbitrary<OpeningHours> hours = intervals.list().ofMaxSize(5).map(OpeningHours::new);
        return Builders.withBuilder(() -> new Object[11])
                .use(ids()).in((a, v) -> set(a, 0, v))
                .use(prefixes()).in((a, v) -> set(a, 1, v))
                .use(optionalText()).in((a, v) -> set(a, 2, v))
                .use(optionalText()).in((a, v) -> set(a, 3, v))
                .use(optionalText()).in((a, v) -> set(a, 4, v))
                .use(optionalText()).in((a, v) -> set(a, 5, v))
                .use(Arbitraries.of(Area.class)).in((a, v) -> set(a, 6, v))
                .use(millis()).in((a, v) -> set(a, 7, v))
                .use(millis()).in((a, v) -> set(a, 8, v))
                .use(Arbitraries.integers()).in((a, v) -> set(a, 9, v))
                .use(hours).in((a, v) -> set(a, 10, v))
                .build(a -> new ServiceInfo((UUID) a[0], (String) a[1], (String) a[2], (String) a[3], (String) a[4],
                        (String) a[5], (Area) a[6], (Duration) a[7], (Duration) a[8], (Integer) a[9],
                        (OpeningHours) a[10]));
    }

    @Provide
    Arbitrary<CounterInfo> counters() {
        Arbitrary<Map<UUID, Integer>> weights = Arbitraries.maps(ids(), Arbitraries.integers()).ofMaxSize(5);
        return Combinators.combine(ids(), Arbitraries.integers(), optionalText(), Arbitraries.of(CounterState.class),
                        optionalText(), ids().injectNull(0.3), weights)
                .as(CounterInfo::new);
    }

    @Provide
    Arbitrary<OfficeEvent> events() {
        return Builders.withBuilder(() -> new Object[11])
                .use(Arbitraries.longs()).in((a, v) -> set(a, 0, v))
                .use(ids().injectNull(0.1)).in((a, v) -> set(a, 1, v))
                .use(instants()).in((a, v) -> set(a, 2, v))
                .use(Arbitraries.of(EventType.class)).in((a, v) -> set(a, 3, v))
                .use(ids().injectNull(0.3)).in((a, v) -> set(a, 4, v))
                .use(optionalText()).in((a, v) -> set(a, 5, v))
                .use(ids().injectNull(0.3)).in((a, v) -> set(a, 6, v))
                .use(ids().injectNull(0.3)).in((a, v) -> set(a, 7, v))
                .use(optionalInts()).in((a, v) -> set(a, 8, v))
                .use(ids().injectNull(0.3)).in((a, v) -> set(a, 9, v))
                .use(optionalText()).in((a, v) -> set(a, 10, v))
                .build(a -> new OfficeEvent((Long) a[0], (UUID) a[1], (Instant) a[2], (EventType) a[3], (UUID) a[4],
                        (String) a[5], (UUID) a[6], (UUID) a[7], (Integer) a[8], (UUID) a[9], (String) a[10]));
    }

    private static Object[] set(Object[] a, int i, Object v) {
        a[i] = v;
        return a;
    }

    /** Protobuf strings are UTF-8: a lone surrogate cannot be a string on the wire (nor in a real record). */
    private static boolean validUtf16(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}

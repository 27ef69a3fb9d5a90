package org.sportello.protocol.wire;

import static org.sportello.protocol.wire.WireValues.day;
import static org.sportello.protocol.wire.WireValues.dayOrNull;
import static org.sportello.protocol.wire.WireValues.durationMillis;
import static org.sportello.protocol.wire.WireValues.enumOf;
import static org.sportello.protocol.wire.WireValues.enumOrNull;
import static org.sportello.protocol.wire.WireValues.id;
import static org.sportello.protocol.wire.WireValues.instant;
import static org.sportello.protocol.wire.WireValues.millis;
import static org.sportello.protocol.wire.WireValues.name;
import static org.sportello.protocol.wire.WireValues.subMillis;
import static org.sportello.protocol.wire.WireValues.text;
import static org.sportello.protocol.wire.WireValues.textOrNull;
import static org.sportello.protocol.wire.WireValues.uuid;
import static org.sportello.protocol.wire.WireValues.uuidOrNull;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.sportello.model.office.CounterState;
import org.sportello.model.queue.DayCloseReport;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueOverview;
import org.sportello.model.queue.Ticket;
import org.sportello.model.queue.TicketKind;
import org.sportello.model.queue.TicketStatus;
import org.sportello.protocol.v1.CounterStatusMsg;
import org.sportello.protocol.v1.DayCloseReportMsg;
import org.sportello.protocol.v1.IssueTicketRequest;
import org.sportello.protocol.v1.IssuedTicketMsg;
import org.sportello.protocol.v1.OptionalTicket;
import org.sportello.protocol.v1.QueueOverviewMsg;
import org.sportello.protocol.v1.ServiceCountMsg;
import org.sportello.protocol.v1.ServiceQueueMsg;
import org.sportello.protocol.v1.TicketList;
import org.sportello.protocol.v1.TicketMsg;

/** The queue's values on the wire and back. Instants keep their nanoseconds; durations are milliseconds. */
public final class QueueWire {
    private QueueWire() {
    }

    public static IssueTicketRequest request(IssueRequest r) {
        return IssueTicketRequest.newBuilder()
                .setServicePrefix(text(r.servicePrefix()))
                .setPriority(name(r.priority()))
                .setLanguage(text(r.language()))
                .setIdempotencyKey(text(r.idempotencyKey()))
                .setCitizenTaxCode(text(r.citizenTaxCode()))
                .build();
    }

    public static IssueRequest request(IssueTicketRequest m) {
        return new IssueRequest(m.getServicePrefix(), enumOf(PriorityClass.class, m.getPriority(), "priority"),
                textOrNull(m.getLanguage()), m.getIdempotencyKey(), textOrNull(m.getCitizenTaxCode()));
    }

    public static TicketMsg ticket(Ticket t) {
        TicketMsg.Builder b = TicketMsg.newBuilder()
                .setId(id(t.id()))
                .setServiceId(id(t.serviceId()))
                .setServiceDay(day(t.serviceDay()))
                .setNumber(t.number())
                .setCode(text(t.code()))
                .setKind(name(t.kind()))
                .setPriority(name(t.priority()))
                .setStatus(name(t.status()))
                .setLanguage(text(t.language()))
                .setIssuedAt(millis(t.issuedAt()))
                .setIssuedAtNanos(subMillis(t.issuedAt()))
                .setQueuedSince(millis(t.queuedSince()))
                .setQueuedSinceNanos(subMillis(t.queuedSince()))
                .setCounterId(id(t.counterId()))
                .setTargetCounterId(id(t.targetCounterId()))
                .setRecallCount(t.recallCount())
                .setOutcome(name(t.outcome()))
                .setCitizenTaxCode(text(t.citizenTaxCode()));
        if (t.calledAt() != null) {
            b.setCalledAtMs(millis(t.calledAt())).setCalledAtNanos(subMillis(t.calledAt()));
        }
        if (t.finishedAt() != null) {
            b.setFinishedAtMs(millis(t.finishedAt())).setFinishedAtNanos(subMillis(t.finishedAt()));
        }
        if (t.estimatedWaitMinutes() != null) {
            b.setEstimatedWaitMinutes(t.estimatedWaitMinutes());
        }
        if (t.peopleAhead() != null) {
            b.setPeopleAhead(t.peopleAhead());
        }
        return b.build();
    }

    public static Ticket ticket(TicketMsg m) {
        return new Ticket(
                uuid(m.getId(), "ticket.id"),
                uuidOrNull(m.getServiceId(), "ticket.service_id"),
                dayOrNull(m.getServiceDay(), "ticket.service_day"),
                m.getNumber(),
                textOrNull(m.getCode()),
                enumOrNull(TicketKind.class, m.getKind(), "ticket.kind"),
                enumOrNull(PriorityClass.class, m.getPriority(), "ticket.priority"),
                enumOrNull(TicketStatus.class, m.getStatus(), "ticket.status"),
                textOrNull(m.getLanguage()),
                instant(m.getIssuedAt(), m.getIssuedAtNanos()),
                instant(m.getQueuedSince(), m.getQueuedSinceNanos()),
                m.hasCalledAtMs() ? instant(m.getCalledAtMs(), m.getCalledAtNanos()) : null,
                m.hasFinishedAtMs() ? instant(m.getFinishedAtMs(), m.getFinishedAtNanos()) : null,
                uuidOrNull(m.getCounterId(), "ticket.counter_id"),
                uuidOrNull(m.getTargetCounterId(), "ticket.target_counter_id"),
                m.getRecallCount(),
                enumOrNull(Outcome.class, m.getOutcome(), "ticket.outcome"),
                m.hasEstimatedWaitMinutes() ? m.getEstimatedWaitMinutes() : null,
                m.hasPeopleAhead() ? m.getPeopleAhead() : null,
                textOrNull(m.getCitizenTaxCode()));
    }

    public static OptionalTicket optional(Optional<Ticket> t) {
        OptionalTicket.Builder b = OptionalTicket.newBuilder();
        t.ifPresent(ticket -> b.setTicket(ticket(ticket)));
        return b.build();
    }

    public static Optional<Ticket> optional(OptionalTicket m) {
        return m.hasTicket() ? Optional.of(ticket(m.getTicket())) : Optional.empty();
    }

    public static TicketList list(List<Ticket> tickets) {
        return TicketList.newBuilder().addAllTickets(tickets.stream().map(QueueWire::ticket).toList()).build();
    }

    public static List<Ticket> list(TicketList m) {
        return m.getTicketsList().stream().map(QueueWire::ticket).toList();
    }

    public static IssuedTicketMsg issued(IssuedTicket i) {
        return IssuedTicketMsg.newBuilder()
                .setTicket(ticket(i.ticket()))
                .setService(DirectoryWire.service(i.service()))
                .setPeopleAhead(i.peopleAhead())
                .setEstimatedWaitMs(durationMillis(i.estimatedWait()))
                .setOpenCounters(i.openCounters())
                .setRepeated(i.repeated())
                .build();
    }

    public static IssuedTicket issued(IssuedTicketMsg m) {
        return new IssuedTicket(ticket(m.getTicket()), DirectoryWire.service(m.getService()), m.getPeopleAhead(),
                Duration.ofMillis(m.getEstimatedWaitMs()), m.getOpenCounters(), m.getRepeated());
    }

    public static QueueOverviewMsg overview(QueueOverview o) {
        QueueOverviewMsg.Builder b = QueueOverviewMsg.newBuilder()
                .setAt(millis(o.at()))
                .setAtNanos(subMillis(o.at()));
        for (QueueOverview.ServiceQueue s : o.services()) {
            b.addServices(ServiceQueueMsg.newBuilder()
                    .setServiceId(id(s.serviceId()))
                    .setPrefix(text(s.prefix()))
                    .setWaiting(s.waiting())
                    .setPriorityWaiting(s.priorityWaiting())
                    .setLongestWaitMs(durationMillis(s.longestWait()))
                    .setServedToday(s.servedToday()));
        }
        for (QueueOverview.CounterStatus c : o.counters()) {
            b.addCounters(CounterStatusMsg.newBuilder()
                    .setCounterId(id(c.counterId()))
                    .setNumber(c.number())
                    .setState(name(c.state()))
                    .setPauseReason(text(c.pauseReason()))
                    .setOperatorName(text(c.operatorName()))
                    .setCurrentTicketCode(text(c.currentTicketCode())));
        }
        return b.build();
    }

    public static QueueOverview overview(QueueOverviewMsg m) {
        List<QueueOverview.ServiceQueue> services = m.getServicesList().stream()
                .map(s -> new QueueOverview.ServiceQueue(uuidOrNull(s.getServiceId(), "overview.service_id"),
                        textOrNull(s.getPrefix()), s.getWaiting(), s.getPriorityWaiting(),
                        Duration.ofMillis(s.getLongestWaitMs()), s.getServedToday()))
                .toList();
        List<QueueOverview.CounterStatus> counters = m.getCountersList().stream()
                .map(c -> new QueueOverview.CounterStatus(uuidOrNull(c.getCounterId(), "overview.counter_id"),
                        c.getNumber(), enumOrNull(CounterState.class, c.getState(), "overview.counter_state"),
                        textOrNull(c.getPauseReason()), textOrNull(c.getOperatorName()),
                        textOrNull(c.getCurrentTicketCode())))
                .toList();
        return new QueueOverview(instant(m.getAt(), m.getAtNanos()), services, counters);
    }

    public static DayCloseReportMsg dayClose(DayCloseReport r) {
        return DayCloseReportMsg.newBuilder()
                .setDay(day(r.day()))
                .addAllUnserved(r.unserved().stream()
                        .map(c -> ServiceCountMsg.newBuilder().setPrefix(text(c.prefix())).setCount(c.count()).build())
                        .toList())
                .setServed(r.served())
                .build();
    }

    public static DayCloseReport dayClose(DayCloseReportMsg m) {
        return new DayCloseReport(dayOrNull(m.getDay(), "day_close.day"),
                m.getUnservedList().stream()
                        .map(c -> new DayCloseReport.ServiceCount(textOrNull(c.getPrefix()), c.getCount()))
                        .toList(),
                m.getServed());
    }
}

package org.sportello.protocol.wire;

import static org.sportello.protocol.wire.WireValues.enumOf;
import static org.sportello.protocol.wire.WireValues.id;
import static org.sportello.protocol.wire.WireValues.instant;
import static org.sportello.protocol.wire.WireValues.millis;
import static org.sportello.protocol.wire.WireValues.subMillis;
import static org.sportello.protocol.wire.WireValues.text;
import static org.sportello.protocol.wire.WireValues.textOrNull;
import static org.sportello.protocol.wire.WireValues.uuidOrNull;

import java.util.List;
import org.sportello.model.events.DeviceReport;
import org.sportello.model.events.EventType;
import org.sportello.model.events.OfficeEvent;
import org.sportello.model.events.PrinterReport;
import org.sportello.protocol.v1.DeviceReportMsg;
import org.sportello.protocol.v1.EventList;
import org.sportello.protocol.v1.OfficeEventMsg;
import org.sportello.protocol.v1.PrinterReportMsg;

/**
 * The office log and device reports on the wire and back. A report's station is not on the wire: the
 * server takes it from the reporting station's certificate.
 */
public final class EventWire {
    private EventWire() {
    }

    public static OfficeEventMsg event(OfficeEvent e) {
        OfficeEventMsg.Builder b = OfficeEventMsg.newBuilder()
                .setSeq(e.seq())
                .setEventId(id(e.eventId()))
                .setOccurredAt(millis(e.occurredAt()))
                .setOccurredAtNanos(subMillis(e.occurredAt()))
                .setType(e.type().name())
                .setTicketId(id(e.ticketId()))
                .setTicketCode(text(e.ticketCode()))
                .setServiceId(id(e.serviceId()))
                .setCounterId(id(e.counterId()))
                .setOperatorId(id(e.operatorId()))
                .setDetail(text(e.detail()));
        if (e.counterNumber() != null) {
            b.setCounterNumber(e.counterNumber());
        }
        return b.build();
    }

    public static OfficeEvent event(OfficeEventMsg m) {
        return new OfficeEvent(m.getSeq(), uuidOrNull(m.getEventId(), "event.event_id"),
                instant(m.getOccurredAt(), m.getOccurredAtNanos()), enumOf(EventType.class, m.getType(), "event.type"),
                uuidOrNull(m.getTicketId(), "event.ticket_id"), textOrNull(m.getTicketCode()),
                uuidOrNull(m.getServiceId(), "event.service_id"), uuidOrNull(m.getCounterId(), "event.counter_id"),
                m.hasCounterNumber() ? m.getCounterNumber() : null,
                uuidOrNull(m.getOperatorId(), "event.operator_id"), textOrNull(m.getDetail()));
    }

    public static EventList list(List<OfficeEvent> events) {
        return EventList.newBuilder().addAllEvents(events.stream().map(EventWire::event).toList()).build();
    }

    public static List<OfficeEvent> list(EventList m) {
        return m.getEventsList().stream().map(EventWire::event).toList();
    }

    public static PrinterReportMsg printer(PrinterReport r) {
        return PrinterReportMsg.newBuilder().setState(r.state().name()).build();
    }

    /** @param station the reporting station, as the server knows it */
    public static PrinterReport printer(PrinterReportMsg m, String station) {
        return new PrinterReport(station, enumOf(PrinterReport.State.class, m.getState(), "printer.state"));
    }

    public static DeviceReportMsg device(DeviceReport r) {
        return DeviceReportMsg.newBuilder()
                .setDevice(r.device().name())
                .setName(r.name())
                .setState(r.state().name())
                .build();
    }

    /** @param station the reporting station, as the server knows it */
    public static DeviceReport device(DeviceReportMsg m, String station) {
        return new DeviceReport(station, enumOf(DeviceReport.Device.class, m.getDevice(), "device.device"),
                m.getName(), enumOf(DeviceReport.State.class, m.getState(), "device.state"));
    }
}

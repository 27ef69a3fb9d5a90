package org.sportello.server.api;

import static org.sportello.protocol.StationRole.ADMIN;
import static org.sportello.protocol.StationRole.DESK;
import static org.sportello.protocol.StationRole.DISPLAY;
import static org.sportello.protocol.StationRole.KIOSK;
import static org.sportello.protocol.StationRole.SELF_SERVICE;

import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.sportello.model.events.DeviceReports;
import org.sportello.model.events.EventFeed;
import org.sportello.model.events.OfficeEvent;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.v1.DeviceReportMsg;
import org.sportello.protocol.v1.Empty;
import org.sportello.protocol.v1.EventList;
import org.sportello.protocol.v1.EventsGrpc;
import org.sportello.protocol.v1.EventsRequest;
import org.sportello.protocol.v1.OfficeEventMsg;
import org.sportello.protocol.v1.PrinterReportMsg;
import org.sportello.protocol.v1.SeqReply;
import org.sportello.protocol.wire.EventWire;

/**
 * The office log over the protocol, and the devices' reports into it. Desks and the local
 * administrator see every event as written; the other stations see the public board's events only,
 * without operators or free text. A device report names the station its certificate names.
 */
public final class EventsApi extends EventsGrpc.EventsImplBase {
    private static final StationRole[] READERS = {KIOSK, DISPLAY, DESK, SELF_SERVICE, ADMIN};

    private final EventFeed feed;
    private final DeviceReports devices;
    private final EventBroadcast broadcast;

    /** @param broadcast started; it is the server's one reader of the log */
    public EventsApi(EventFeed feed, DeviceReports devices, EventBroadcast broadcast) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.devices = Objects.requireNonNull(devices, "devices");
        this.broadcast = Objects.requireNonNull(broadcast, "broadcast");
    }

    @Override
    public void subscribe(EventsRequest request, StreamObserver<OfficeEventMsg> out) {
        Caller caller;
        long after;
        try {
            caller = Caller.current().require("follow the office log", READERS);
            after = RequestChecks.afterSeq(request.getAfterSeq());
        } catch (RuntimeException e) {
            out.onError(Calls.status(e));
            return;
        }
        broadcast.subscribe(after, caller.name(), viewFor(caller.role()), (ServerCallStreamObserver<OfficeEventMsg>) out);
    }

    @Override
    public void after(EventsRequest request, StreamObserver<EventList> out) {
        Calls.answer(out, () -> {
            Caller caller = Caller.current().require("read the office log", READERS);
            long after = RequestChecks.afterSeq(request.getAfterSeq());
            int limit = RequestChecks.limit(request.getLimit());
            // Only settled events, so a client that goes on from the last one it read misses nothing.
            long horizon = broadcast.published();
            Function<OfficeEvent, Optional<OfficeEvent>> view = viewFor(caller.role());
            return EventWire.list(feed.after(after, limit).stream()
                    .filter(e -> e.seq() <= horizon)
                    .flatMap(e -> view.apply(e).stream())
                    .toList());
        });
    }

    @Override
    public void latestSeq(Empty request, StreamObserver<SeqReply> out) {
        Calls.answer(out, () -> {
            Caller.current().require("read the office log", READERS);
            return SeqReply.newBuilder().setSeq(broadcast.published()).build();
        });
    }

    @Override
    public void reportPrinter(PrinterReportMsg report, StreamObserver<Empty> out) {
        Calls.answer(out, () -> {
            Caller caller = Caller.current().require("report a ticket printer", KIOSK);
            RequestChecks.known(org.sportello.model.events.PrinterReport.State.class, report.getState(), "printer state");
            devices.printer(EventWire.printer(report, caller.name()));
            broadcast.wake();
            return Empty.getDefaultInstance();
        });
    }

    @Override
    public void reportDevice(DeviceReportMsg report, StreamObserver<Empty> out) {
        Calls.answer(out, () -> {
            Caller caller = Caller.current().require("report a hall device", DISPLAY);
            RequestChecks.known(org.sportello.model.events.DeviceReport.Device.class, report.getDevice(), "device");
            RequestChecks.known(org.sportello.model.events.DeviceReport.State.class, report.getState(), "device state");
            RequestChecks.deviceName(report.getName());
            devices.device(EventWire.device(report, caller.name()));
            broadcast.wake();
            return Empty.getDefaultInstance();
        });
    }

    private static Function<OfficeEvent, Optional<OfficeEvent>> viewFor(StationRole role) {
        return PublicView.isStaff(role) ? Optional::of : PublicView::event;
    }
}

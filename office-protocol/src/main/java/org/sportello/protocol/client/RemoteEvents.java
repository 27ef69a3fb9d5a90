package org.sportello.protocol.client;

import io.grpc.Channel;
import java.util.List;
import org.sportello.model.events.EventFeed;
import org.sportello.model.events.OfficeEvent;
import org.sportello.protocol.v1.Empty;
import org.sportello.protocol.v1.EventsGrpc;
import org.sportello.protocol.v1.EventsRequest;
import org.sportello.protocol.wire.EventWire;

/** The office log, read through the server (settled events only, as this station may see them). */
public final class RemoteEvents implements EventFeed {
    /** The server answers at most this many events per call. */
    public static final int MAX_LIMIT = 1000;

    private final EventsGrpc.EventsBlockingStub stub;

    public RemoteEvents(Channel channel) {
        this.stub = EventsGrpc.newBlockingStub(channel);
    }

    /** At most {@value #MAX_LIMIT} events whatever {@code limit} says: callers page with the last seq. */
    @Override
    public List<OfficeEvent> after(long afterSeq, int limit) {
        EventsRequest request = EventsRequest.newBuilder()
                .setAfterSeq(Math.max(0, afterSeq))
                .setLimit(Math.clamp(limit, 1, MAX_LIMIT))
                .build();
        return RemoteCalls.call("events", () -> EventWire.list(RemoteCalls.timed(stub).after(request)));
    }

    @Override
    public long latestSeq() {
        return RemoteCalls.call("events", () -> RemoteCalls.timed(stub).latestSeq(Empty.getDefaultInstance()).getSeq());
    }
}

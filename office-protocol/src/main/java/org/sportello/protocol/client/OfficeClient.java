package org.sportello.protocol.client;

import io.grpc.Channel;
import java.util.Objects;
import java.util.function.Supplier;
import org.sportello.model.auth.OperatorSession;

/**
 * A station's link to its office server: every service the apps and remote commands use, over one
 * channel (made, with the station's certificate, by whoever creates this).
 */
public final class OfficeClient {
    private final Channel channel;
    private final RemoteDirectory directory;
    private final RemoteQueue queue;
    private final RemoteEvents events;
    private final RemoteDeviceReports devices;

    /** For stations without operators: queue reads carry no personal data. */
    public OfficeClient(Channel channel) {
        this(channel, () -> null);
    }

    /** @param operator the operator logged in at this desk now, or null; queue reads are made as them */
    public OfficeClient(Channel channel, Supplier<OperatorSession> operator) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.directory = new RemoteDirectory(channel);
        this.queue = new RemoteQueue(channel, operator);
        this.events = new RemoteEvents(channel);
        this.devices = new RemoteDeviceReports(channel);
    }

    public Channel channel() {
        return channel;
    }

    public RemoteDirectory directory() {
        return directory;
    }

    public RemoteQueue queue() {
        return queue;
    }

    public RemoteEvents events() {
        return events;
    }

    public RemoteDeviceReports devices() {
        return devices;
    }

    /** Follows the office's events after {@code afterSeq}; close the subscription when done. */
    public EventSubscription subscribe(long afterSeq, EventSubscription.Listener listener) {
        return EventSubscription.start(channel, afterSeq, listener);
    }
}

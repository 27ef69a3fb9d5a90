package org.sportello.display;

import java.util.List;
import org.sportello.model.office.CounterInfo;
import org.sportello.model.events.EventFeed;
import org.sportello.model.office.OfficeInfo;
import org.sportello.model.office.ServiceInfo;
import org.sportello.model.queue.QueueOverview;
import org.sportello.protocol.client.EventSubscription;

/** What a hall display reads from the office. Calls may block and fail while the office is away. */
public interface HallSource {
    OfficeInfo office();

    List<ServiceInfo> services();

    QueueOverview overview();

    /** The office's counters and the services each serves; empty when this source cannot say. */
    default List<CounterInfo> counters() {
        return List.of();
    }

    /** The office log, read at start for today's calls and, when the office does not push, polled. */
    EventFeed events();

    /**
     * True when the office pushes its events as they happen ({@link #follow}); false when the display
     * must poll {@link #events()}.
     */
    default boolean pushes() {
        return false;
    }

    /**
     * Follows the office's events after {@code afterSeq}, each once and in order, resuming by itself
     * after a drop; only when {@link #pushes()}. Closing the result ends it.
     */
    default AutoCloseable follow(long afterSeq, EventSubscription.Listener listener) {
        throw new UnsupportedOperationException("this office does not push its events; poll events()");
    }
}

package org.sportello.display;

import java.util.List;
import org.sportello.model.office.CounterInfo;
import org.sportello.link.OfficeLink;
import org.sportello.link.StationLink;
import org.sportello.model.events.EventFeed;
import org.sportello.model.events.OfficeEvent;
import org.sportello.model.office.OfficeInfo;
import org.sportello.model.office.ServiceInfo;
import org.sportello.model.queue.QueueOverview;
import org.sportello.protocol.client.EventSubscription;

/**
 * The display's office over an {@link OfficeLink}. A station's link to the office server pushes the
 * office's events; a link to services in the same process (tests, tools) is polled.
 */
final class LinkedHallSource implements HallSource {
    private final OfficeLink link;
    private final EventFeed feed = new EventFeed() {
        @Override
        public List<OfficeEvent> after(long afterSeq, int limit) {
            return link.services().events().after(afterSeq, limit);
        }

        @Override
        public long latestSeq() {
            return link.services().events().latestSeq();
        }
    };

    LinkedHallSource(OfficeLink link) {
        this.link = link;
    }

    @Override
    public OfficeInfo office() {
        return link.services().directory().office();
    }

    @Override
    public List<ServiceInfo> services() {
        return link.services().directory().services();
    }

    @Override
    public List<CounterInfo> counters() {
        return link.services().directory().counters();
    }

    @Override
    public QueueOverview overview() {
        return link.services().queue().overview();
    }

    @Override
    public EventFeed events() {
        return feed;
    }

    @Override
    public boolean pushes() {
        return link instanceof StationLink;
    }

    @Override
    public AutoCloseable follow(long afterSeq, EventSubscription.Listener listener) {
        if (!(link instanceof StationLink station)) {
            return HallSource.super.follow(afterSeq, listener);
        }
        return station.subscribe(afterSeq, listener);
    }
}

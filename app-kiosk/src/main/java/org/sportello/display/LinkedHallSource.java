package org.sportello.display;

import java.util.List;
import org.sportello.model.events.EventFeed;
import org.sportello.model.events.OfficeEvent;
import org.sportello.model.office.OfficeInfo;
import org.sportello.model.office.ServiceInfo;
import org.sportello.model.queue.QueueOverview;
import org.sportello.ui.OfficeLink;

/** The display's office over an {@link OfficeLink}; the feed reconnects with it. */
final class LinkedHallSource implements HallSource {
    private final OfficeLink link;
    private final EventFeed feed = new EventFeed() {
        @Override
        public List<OfficeEvent> after(long afterSeq, int limit) {
            return link.get().events().after(afterSeq, limit);
        }

        @Override
        public long latestSeq() {
            return link.get().events().latestSeq();
        }
    };

    LinkedHallSource(OfficeLink link) {
        this.link = link;
    }

    @Override
    public OfficeInfo office() {
        return link.get().directory().office();
    }

    @Override
    public List<ServiceInfo> services() {
        return link.get().directory().services();
    }

    @Override
    public QueueOverview overview() {
        return link.get().queue().overview();
    }

    @Override
    public EventFeed events() {
        return feed;
    }
}

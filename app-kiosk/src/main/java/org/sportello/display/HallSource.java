package org.sportello.display;

import java.util.List;
import org.sportello.model.events.EventFeed;
import org.sportello.model.office.OfficeInfo;
import org.sportello.model.office.ServiceInfo;
import org.sportello.model.queue.QueueOverview;

/** What a hall display reads from the office. Calls may block and fail while the database is down. */
public interface HallSource {
    OfficeInfo office();

    List<ServiceInfo> services();

    QueueOverview overview();

    EventFeed events();
}

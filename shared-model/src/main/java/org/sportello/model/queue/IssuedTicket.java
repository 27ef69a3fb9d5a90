package org.sportello.model.queue;

import java.io.Serializable;
import java.time.Duration;
import org.sportello.model.office.ServiceInfo;

/** What the kiosk shows and prints after a tap. {@code repeated} is true when the tap was a retry. */
public record IssuedTicket(Ticket ticket, ServiceInfo service, int peopleAhead, Duration estimatedWait,
                           boolean repeated) implements Serializable {
    public int estimatedWaitMinutes() {
        return WaitEstimator.minutesToShow(estimatedWait);
    }
}

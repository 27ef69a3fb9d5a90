package org.sportello.model.queue;

import java.io.Serializable;
import java.time.Duration;
import org.sportello.model.office.ServiceInfo;

/**
 * What the kiosk shows and prints after a tap. {@code repeated} is true when the tap was a retry.
 *
 * @param openCounters the counters serving the ticket's service that were open when it was issued (when it was
 *                     asked for again, for a retry); with none, the estimate is a guess the kiosk must not print
 */
public record IssuedTicket(Ticket ticket, ServiceInfo service, int peopleAhead, Duration estimatedWait,
                           int openCounters, boolean repeated) implements Serializable {
    public int estimatedWaitMinutes() {
        return WaitEstimator.minutesToShow(estimatedWait);
    }

    /** False when no counter serving the service is open: nobody can say when the ticket will be called. */
    public boolean waitKnown() {
        return openCounters > 0;
    }
}

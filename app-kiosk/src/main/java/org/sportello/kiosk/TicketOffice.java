package org.sportello.kiosk;

import java.util.List;
import org.sportello.model.events.PrinterReport;
import org.sportello.model.office.CounterInfo;
import org.sportello.model.office.OfficeInfo;
import org.sportello.model.office.ServiceInfo;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;

/**
 * What the kiosk needs from the office. Every call may block and may fail with
 * {@link org.sportello.model.common.SportelloException} while the database is unreachable.
 */
public interface TicketOffice {
    OfficeInfo office();

    List<ServiceInfo> services();

    /** The counters, their state and the services they serve (no operators: the kiosk is public). */
    List<CounterInfo> counters();

    IssuedTicket issue(IssueRequest request);

    /**
     * Stamps the card's citizen's attendance (issue 13, ADR 35); once a day, a second stamp answering the first.
     * An office that does not stamp refuses.
     */
    default org.sportello.model.stamps.StampReceipt stamp(org.sportello.model.stamps.StampRequest request) {
        throw new org.sportello.model.common.SportelloException(
                org.sportello.model.common.Problem.STAMPING_NOT_OFFERED);
    }

    /** Tells the office how this kiosk's printer is, so the desks can warn the staff. */
    void reportPrinter(PrinterReport report);

    /** Check-in for a booked appointment: see {@link CheckIns}. */
    org.sportello.model.agenda.CheckInAnswer checkIn(String code, String taxCode, String language, String idempotencyKey,
                                                     boolean offerWalkIn);
}

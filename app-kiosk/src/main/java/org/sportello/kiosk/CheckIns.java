package org.sportello.kiosk;

import org.sportello.link.OfficeLink;
import org.sportello.link.StationLink;
import org.sportello.model.agenda.CheckInAnswer;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.protocol.client.RemoteQueue;

/**
 * Check-in for a booked appointment (issue 13, ADR 34), as the office answers it: by the letter's QR ({@code code}) or
 * by the health card ({@code taxCode}), exactly one of them. May block; fails with {@code OFFICE_UNAVAILABLE} while the
 * office is away, like every other call of the kiosk.
 */
@FunctionalInterface
public interface CheckIns {
    /**
     * @param offerWalkIn ask the citizen first: a citizen turned away is offered a walk-in ticket, none is issued yet
     */
    CheckInAnswer checkIn(String code, String taxCode, String language, String idempotencyKey, boolean offerWalkIn);

    /** Through the office server when the link is a station's; otherwise there is no check-in here. */
    static CheckIns over(OfficeLink link) {
        if (link instanceof StationLink station) {
            RemoteQueue queue = new RemoteQueue(station.channel());
            return queue::checkIn;
        }
        return (code, taxCode, language, key, offer) -> {
            throw new SportelloException(Problem.INVALID_REQUEST, "check-in is not served to this kiosk");
        };
    }
}

package org.sportello.model.agenda;

import java.time.Instant;
import java.util.List;
import org.sportello.model.common.Problem;
import org.sportello.model.queue.IssuedTicket;

/**
 * What the kiosk shows after a check-in: the ticket and where to wait. Nothing about the citizen beyond what a
 * walk-in ticket shows: the name is the operator's, as the letter prints it.
 *
 * @param appointment true for an appointment ticket; false for a walk-in given instead, {@code turnedAway} says why
 * @param withName    who will call the citizen (appointment tickets), or null
 * @param counter     the counter that operator is at now, or 0 when they are at none yet
 * @param startsAt    the appointment's start, or null
 * @param turnedAway  why the citizen got a walk-in ticket instead, with the text's arguments; null otherwise
 */
public record CheckInAnswer(IssuedTicket issued, boolean appointment, String withName, int counter, Instant startsAt,
                            Problem turnedAway, List<String> turnedAwayArgs) {
    public CheckInAnswer {
        turnedAwayArgs = turnedAwayArgs == null ? List.of() : List.copyOf(turnedAwayArgs);
    }
}

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
 * @param turnedAway  why the citizen got (or is offered) a walk-in ticket instead, with the text's arguments; null
 *                    otherwise
 * @param walkInOffered the kiosk asked first and the office allows a walk-in ticket: none was issued yet
 *                    ({@code issued} is null); asking again without the offer issues it
 */
public record CheckInAnswer(IssuedTicket issued, boolean appointment, String withName, int counter, Instant startsAt,
                            Problem turnedAway, List<String> turnedAwayArgs, boolean walkInOffered) {
    public CheckInAnswer {
        turnedAwayArgs = turnedAwayArgs == null ? List.of() : List.copyOf(turnedAwayArgs);
        if (issued == null && !walkInOffered) {
            throw new IllegalArgumentException("a check-in answer without a ticket must offer a walk-in");
        }
    }

    /** A ticket issued: an appointment ticket, or a walk-in given instead. */
    public CheckInAnswer(IssuedTicket issued, boolean appointment, String withName, int counter, Instant startsAt,
                         Problem turnedAway, List<String> turnedAwayArgs) {
        this(issued, appointment, withName, counter, startsAt, turnedAway, turnedAwayArgs, false);
    }

    /** Turned away, with a walk-in ticket offered but not issued yet. */
    public static CheckInAnswer walkInOffered(Problem why, List<String> args) {
        return new CheckInAnswer(null, false, null, 0, null, why, args, true);
    }
}

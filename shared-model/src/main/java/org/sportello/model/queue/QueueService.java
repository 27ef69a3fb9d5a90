package org.sportello.model.queue;

import java.util.List;
import java.util.Optional;
import org.sportello.model.auth.OperatorSession;

/**
 * The office queue. Every method is one transaction that also appends its event to the office log.
 * Operator actions take the operator's session: roles are checked here, not only in the UI.
 */
public interface QueueService {

    /** Issue a ticket for a kiosk tap; a repeated idempotency key returns the first ticket. */
    IssuedTicket issue(IssueRequest request);

    /** Open a counter for the logged-in operator. */
    void openCounter(OperatorSession session, int counter);

    void closeCounter(OperatorSession session, int counter);

    void pause(OperatorSession session, int counter, String reason);

    void resume(OperatorSession session, int counter);

    /** Call the next ticket by {@link CallPolicy}; empty when nobody is waiting. */
    Optional<Ticket> callNext(OperatorSession session, int counter);

    /** Call a given waiting ticket out of turn; the reason goes into the log. */
    Ticket callSpecific(OperatorSession session, int counter, String code, String reason);

    Ticket recall(OperatorSession session, int counter);

    Ticket noShow(OperatorSession session, int counter);

    Ticket finish(OperatorSession session, int counter, Outcome outcome);

    /** Send the current ticket to another service; it keeps its place in line. */
    Ticket transferToService(OperatorSession session, int counter, String servicePrefix);

    /** Send the current ticket to another counter; only that counter can call it, in its original place. */
    Ticket transferToCounter(OperatorSession session, int counter, int targetCounter);

    Ticket cancel(OperatorSession session, String code, String reason);

    /** Supervisor: close the day; open tickets become UNSERVED and are reported. */
    DayCloseReport closeDay(OperatorSession session);

    Optional<Ticket> current(int counter);

    Optional<Ticket> findToday(String code);

    List<Ticket> waiting();

    QueueOverview overview();
}

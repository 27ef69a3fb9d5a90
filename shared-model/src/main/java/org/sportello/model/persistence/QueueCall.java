package org.sportello.model.persistence;

import java.io.Serializable;
import java.time.Instant;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.queue.QueueSettings;

/**
 * One queue operation as a workstation sends it to the office database for execution there.
 *
 * @param now      the workstation's clock: the same instant the operation would have used locally
 * @param session  the operator, or null for kiosk and read-only calls
 * @param args     the operation's arguments, in the order of {@link Op}'s QueueService method
 */
record QueueCall(Op op, Instant now, QueueSettings settings, OperatorSession session, Serializable[] args)
        implements Serializable {

    /** The {@link org.sportello.model.queue.QueueService} methods, one each. */
    enum Op {
        ISSUE, OPEN_COUNTER, CLOSE_COUNTER, PAUSE, RESUME, CALL_NEXT, CALL_SPECIFIC, RECALL, NO_SHOW, FINISH,
        TRANSFER_TO_SERVICE, TRANSFER_TO_COUNTER, CANCEL, CLOSE_DAY, CURRENT, FIND_TODAY, WAITING, OVERVIEW;

        boolean changesTheQueue() {
            return this != CURRENT && this != FIND_TODAY && this != WAITING && this != OVERVIEW;
        }
    }

    int intArg(int i) {
        return (Integer) args[i];
    }

    String stringArg(int i) {
        return (String) args[i];
    }
}

package org.sportello.model.company;

import java.util.List;
import org.sportello.model.auth.OperatorSession;

/**
 * Company communications handed in at the counter (servizi amministrativi). Operators only. The
 * office checks, records the communication and the worker's job movement, and issues the stamped
 * copy ({@code STAMPED_RECEIPT}) in that order; an incomplete communication is refused by name.
 */
public interface CommunicationService {
    /** What is missing and whether it is late, by the office's own clock and rules; nothing is written. */
    CommunicationCheck check(OperatorSession session, CompanyCommunication communication);

    /**
     * Records a complete communication and issues its stamped copy.
     *
     * @throws org.sportello.model.common.SportelloException COMMUNICATION_INCOMPLETE naming the fields
     */
    RecordedCommunication record(OperatorSession session, CompanyCommunication communication);

    /** The office's deadline rules, one per kind. */
    List<DeadlineRule> deadlines(OperatorSession session);
}

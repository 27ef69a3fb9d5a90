package org.sportello.model.company;

import java.util.Objects;
import java.util.UUID;
import org.sportello.model.documents.IssuedPaper;

/**
 * A communication the office recorded: its row, the worker's new job movement, whether it was late,
 * and the stamped copy issued for it (registered, sealed, archived), ready to print.
 */
public record RecordedCommunication(UUID id, CompanyCommunication communication, Lateness lateness,
                                    IssuedPaper stampedCopy) {
    public RecordedCommunication {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communication, "communication");
        Objects.requireNonNull(lateness, "lateness");
        Objects.requireNonNull(stampedCopy, "stampedCopy");
    }
}

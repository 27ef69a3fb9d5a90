package org.sportello.server.sync;

import java.util.List;
import java.util.SortedSet;

/**
 * One push: office_event rows (columns {@link SyncedColumns#EVENT}) and the current state of the
 * tickets they name (columns {@link SyncedColumns#TICKET}), and the documents they name (ADR 0021).
 */
record ChangeBatch(List<Object[]> events, List<Object[]> tickets, DocumentPush.Documents documents,
                   SortedSet<Long> eventIds) {
    boolean isEmpty() {
        return events.isEmpty();
    }
}

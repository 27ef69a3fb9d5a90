package org.sportello.model.queue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the queue changed since the last {@link #clear()}: the rows to write and the log entries to
 * append, in one transaction. A row changed twice is written once, in its last state, and every
 * update names the version it replaces, so a row changed behind the queue's back fails the write
 * instead of being overwritten.
 */
public final class QueueChanges {
    /** A ticket or counter row to update, and the version the stored row must still have. */
    public record Update<T>(T row, long expectedVersion) {
    }

    /** The last number given for a service on a day: {@code before} is 0 when the day had none yet. */
    public record Numbering(ServiceDay key, int before, int after) {
    }

    private final Map<UUID, TicketRow> inserted = new LinkedHashMap<>();
    private final Map<UUID, Update<TicketRow>> updatedTickets = new LinkedHashMap<>();
    private final Map<UUID, Update<CounterRow>> updatedCounters = new LinkedHashMap<>();
    private final Map<ServiceDay, Numbering> numbers = new LinkedHashMap<>();
    private final List<QueueEvent> events = new ArrayList<>();

    void inserted(TicketRow t) {
        inserted.put(t.id(), t);
    }

    void updated(TicketRow before, TicketRow after) {
        if (inserted.containsKey(after.id())) {
            inserted.put(after.id(), after);
            return;
        }
        Update<TicketRow> earlier = updatedTickets.get(after.id());
        updatedTickets.put(after.id(), new Update<>(after, earlier == null ? before.version() : earlier.expectedVersion()));
    }

    void updated(CounterRow before, CounterRow after) {
        Update<CounterRow> earlier = updatedCounters.get(after.id());
        updatedCounters.put(after.id(), new Update<>(after, earlier == null ? before.version() : earlier.expectedVersion()));
    }

    void numbered(ServiceDay key, int before, int after) {
        Numbering earlier = numbers.get(key);
        numbers.put(key, new Numbering(key, earlier == null ? before : earlier.before(), after));
    }

    void event(QueueEvent e) {
        events.add(e);
    }

    public List<TicketRow> insertedTickets() {
        return List.copyOf(inserted.values());
    }

    public List<Update<TicketRow>> updatedTickets() {
        return List.copyOf(updatedTickets.values());
    }

    public List<Update<CounterRow>> updatedCounters() {
        return List.copyOf(updatedCounters.values());
    }

    public List<Numbering> numbers() {
        return List.copyOf(numbers.values());
    }

    public List<QueueEvent> events() {
        return List.copyOf(events);
    }

    public boolean isEmpty() {
        return inserted.isEmpty() && updatedTickets.isEmpty() && updatedCounters.isEmpty() && numbers.isEmpty()
                && events.isEmpty();
    }

    /** Forgets the changes: they were written (or the state they came from is dropped). */
    public void clear() {
        inserted.clear();
        updatedTickets.clear();
        updatedCounters.clear();
        numbers.clear();
        events.clear();
    }
}

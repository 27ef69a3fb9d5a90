package org.sportello.display;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sportello.model.events.EventType;
import org.sportello.model.events.OfficeEvent;

/**
 * The calls a hall display shows, as a value: for each ticket its most recent call (by log order),
 * newest first. It depends only on which events were applied, not on their order, so two displays
 * that have read the same log show the same board even when commits arrived late.
 *
 * @param calls         newest first, at most {@code capacity}
 * @param clearedBefore calls logged before the last day close are gone
 */
public record CallBoard(List<Call> calls, int capacity, long clearedBefore) {

    /** One announced call: "A023 → counter 2". {@code recall} when the counter called it again. */
    public record Call(long seq, String ticketKey, String code, int counter, Instant at, boolean recall) {
    }

    public CallBoard {
        calls = List.copyOf(calls);
    }

    public static CallBoard empty(int capacity) {
        return new CallBoard(List.of(), capacity, 0);
    }

    public CallBoard with(OfficeEvent e) {
        if (e.type() == EventType.DAY_CLOSED) {
            long cleared = Math.max(clearedBefore, e.seq());
            return new CallBoard(calls.stream().filter(c -> c.seq() > cleared).toList(), capacity, cleared);
        }
        if (!e.type().isCall() || e.ticketCode() == null || e.counterNumber() == null || e.seq() <= clearedBefore) {
            return this;
        }
        String key = e.ticketId() != null ? e.ticketId().toString() : e.ticketCode();
        boolean knownNewer = calls.stream().anyMatch(c -> c.ticketKey().equals(key) && c.seq() >= e.seq());
        if (knownNewer) {
            return this;
        }
        List<Call> next = new ArrayList<>(calls.stream().filter(c -> !c.ticketKey().equals(key)).toList());
        next.add(new Call(e.seq(), key, e.ticketCode(), e.counterNumber(), e.occurredAt(),
                e.type() == EventType.TICKET_RECALLED));
        next.sort(Comparator.comparingLong(Call::seq).reversed());
        return new CallBoard(next.subList(0, Math.min(capacity, next.size())), capacity, clearedBefore);
    }

    public CallBoard withAll(List<OfficeEvent> events) {
        CallBoard board = this;
        for (OfficeEvent e : events) {
            board = board.with(e);
        }
        return board;
    }

    /** The call shown very large. */
    public Optional<Call> latest() {
        return calls.stream().findFirst();
    }

    /** The calls before it, newest first. */
    public List<Call> earlier() {
        return calls.isEmpty() ? List.of() : calls.subList(1, calls.size());
    }

    /**
     * Calls on this board that {@code other} did not show, oldest first: what to send to the boards
     * and the voice. A late commit's call counts too, whatever its place in the log.
     */
    public List<Call> newCallsSince(CallBoard other) {
        java.util.Set<Long> shown = new java.util.HashSet<>();
        other.calls.forEach(c -> shown.add(c.seq()));
        return calls.stream().filter(c -> !shown.contains(c.seq())).sorted(Comparator.comparingLong(Call::seq)).toList();
    }

    /** True when {@code other}'s latest call is a different announcement from this board's. */
    public boolean hasNewLatestThan(CallBoard other) {
        return latest().isPresent()
                && !Objects.equals(latest().map(Call::seq), other.latest().map(Call::seq));
    }
}

package org.sportello.server.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Which office_event ids are on central. H2 takes an identity id at insert, not at commit, so a lower
 * id can commit after a higher one (ADR 7): a bare "id &gt; cursor" would skip it forever. The window
 * keeps the ids it has not seen between the persisted cursor and the highest id pushed ("holes"),
 * asks for them again on every round, and only moves the persisted cursor up to the first hole. A
 * hole that stays empty longer than the grace was a rolled-back insert and is let go.
 *
 * <p>In memory only: after a restart the window starts again at the persisted cursor and re-pushes
 * what lay above it, which the idempotent upserts make harmless.
 */
final class PushWindow {
    /** More missing ids than this in one jump is not a late commit but an identity jump (e.g. a cache lost in a crash). */
    static final int MAX_NEW_HOLES = 10_000;

    private final Duration grace;
    private final NavigableMap<Long, Instant> holes = new TreeMap<>();
    private long confirmed;
    private long pushedHigh;

    PushWindow(long confirmed, Duration grace) {
        this.confirmed = confirmed;
        this.pushedHigh = confirmed;
        this.grace = grace;
    }

    /** Every id at or below this is on central or was judged rolled back: the persisted cursor. */
    long confirmed() {
        return confirmed;
    }

    /** Read new rows above this. */
    long pushedHigh() {
        return pushedHigh;
    }

    /** Ids to ask for again: they may still commit. */
    Set<Long> holes() {
        return holes.keySet();
    }

    /**
     * Records that central committed the rows with these ids, and lets expired holes go.
     *
     * @return the new confirmed cursor
     */
    long acknowledge(SortedSet<Long> ids, Instant now) {
        for (Long id : ids) {
            holes.remove(id);
        }
        long high = ids.isEmpty() ? pushedHigh : Math.max(pushedHigh, ids.last());
        if (high - pushedHigh - ids.tailSet(pushedHigh + 1).size() <= MAX_NEW_HOLES) {
            for (long id = pushedHigh + 1; id < high; id++) {
                if (!ids.contains(id)) {
                    holes.putIfAbsent(id, now);
                }
            }
        }
        pushedHigh = high;
        holes.values().removeIf(firstSeen -> !now.isBefore(firstSeen.plus(grace)));
        confirmed = holes.isEmpty() ? pushedHigh : holes.firstKey() - 1;
        return confirmed;
    }
}

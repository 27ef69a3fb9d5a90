package org.sportello.model.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;

/**
 * Follows the office log without missing late commits. Identity values are handed out when a
 * transaction inserts, not when it commits, so a row with a lower sequence can become visible after
 * a higher one. The tail therefore re-reads a window behind its cursor and skips what it has seen.
 */
public final class EventTail {
    static final int LOOKBACK = 256;
    private final EventFeed feed;
    private final SequencedSet<Long> seen = new LinkedHashSet<>();
    private long cursor;

    private EventTail(EventFeed feed, long cursor) {
        this.feed = feed;
        this.cursor = cursor;
    }

    /** Start after the events already in the log. */
    public static EventTail fromNow(EventFeed feed) {
        EventTail tail = new EventTail(feed, feed.latestSeq());
        // Whatever is already visible in the window counts as seen.
        for (OfficeEvent e : feed.after(Math.max(0, tail.cursor - LOOKBACK), LOOKBACK * 16)) {
            tail.remember(e.seq());
        }
        return tail;
    }

    /** Start at the beginning of the log, e.g. to rebuild a display's recent calls. */
    public static EventTail fromStart(EventFeed feed) {
        return new EventTail(feed, 0);
    }

    /** New events since the last poll, in sequence order. */
    public List<OfficeEvent> poll() {
        List<OfficeEvent> fresh = new ArrayList<>();
        for (OfficeEvent e : feed.after(Math.max(0, cursor - LOOKBACK), 1000)) {
            if (seen.contains(e.seq())) {
                continue;
            }
            remember(e.seq());
            fresh.add(e);
            cursor = Math.max(cursor, e.seq());
        }
        return fresh;
    }

    public long cursor() {
        return cursor;
    }

    private void remember(long seq) {
        seen.add(seq);
        while (seen.size() > LOOKBACK * 16) {
            seen.removeFirst();
        }
    }
}

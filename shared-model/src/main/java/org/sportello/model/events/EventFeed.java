package org.sportello.model.events;

import java.util.List;

/** Reads the office log in sequence order. */
public interface EventFeed {
    /** Events with {@code seq > afterSeq}, oldest first, at most {@code limit}. */
    List<OfficeEvent> after(long afterSeq, int limit);

    /** The highest sequence number now visible, or 0. */
    long latestSeq();
}

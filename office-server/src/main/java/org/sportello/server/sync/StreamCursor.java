package org.sportello.server.sync;

import java.util.UUID;

/**
 * Where a stream stands. Push: {@code mark} is the confirmed office_event id. Pull: {@code mark} is
 * central's xid8 horizon and {@code key} the last row id read inside it when a batch split it.
 */
record StreamCursor(long mark, UUID key) {
    static final StreamCursor START = new StreamCursor(0, null);
}

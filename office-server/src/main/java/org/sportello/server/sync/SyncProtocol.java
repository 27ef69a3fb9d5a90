package org.sportello.server.sync;

/** The version of the push/pull conversation this code speaks; central's sync_contract names its own. */
public final class SyncProtocol {
    public static final int VERSION = 1;

    private SyncProtocol() {
    }
}

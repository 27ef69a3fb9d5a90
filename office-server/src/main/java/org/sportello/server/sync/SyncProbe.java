package org.sportello.server.sync;

/**
 * Points inside a push where tests stop the sync as a crash or a kill would. The default does nothing.
 */
@FunctionalInterface
public interface SyncProbe {
    SyncProbe NONE = step -> { };

    enum Step {
        /** The batch is read from the office; nothing written on central yet. */
        BATCH_READ,
        /** Tickets written on central, events not yet, nothing committed. */
        MID_BATCH,
        /** Everything written on central, not committed. */
        BEFORE_CENTRAL_COMMIT,
        /** Central committed, the office's cursor not yet moved. */
        AFTER_CENTRAL_COMMIT,
        /** The office's push cursor moved: the batch is done. */
        BATCH_DONE
    }

    void at(Step step);
}

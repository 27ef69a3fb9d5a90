package org.sportello.devices.printer.virtual;

/** The state a virtual printer pretends to be in, set from the demo or a test. */
public enum SimulatedCondition {
    READY,
    PAPER_NEAR_END,
    /** The roll is empty: the printer is offline and holds incoming data until paper is loaded. */
    PAPER_OUT,
    /** The cover is open: offline, data held until it is closed. */
    COVER_OPEN;

    boolean isOffline() {
        return this == PAPER_OUT || this == COVER_OPEN;
    }
}

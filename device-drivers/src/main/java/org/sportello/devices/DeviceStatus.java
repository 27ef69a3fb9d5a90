package org.sportello.devices;

/** What a device can tell about itself; shown in the apps, never blocking them. */
public enum DeviceStatus {
    READY,
    PAPER_LOW,
    PAPER_OUT,
    COVER_OPEN,
    OFFLINE,
    /** The device did not answer a status query; it may still work. */
    UNKNOWN;

    /** True when a ticket can be expected to come out of the printer. */
    public boolean canPrint() {
        return this == READY || this == PAPER_LOW || this == UNKNOWN;
    }
}

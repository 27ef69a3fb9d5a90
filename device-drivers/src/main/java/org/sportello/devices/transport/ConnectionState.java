package org.sportello.devices.transport;

/** What an app shows next to a device's name. */
public enum ConnectionState {
    /** Not opened yet, or closed by the app. */
    CLOSED,
    CONNECTED,
    /** The link failed or could not be opened; it is being retried with backoff. */
    LOST
}

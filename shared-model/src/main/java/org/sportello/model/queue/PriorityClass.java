package org.sportello.model.queue;

/** Why a citizen may be served first; asked for at the kiosk. */
public enum PriorityClass {
    STANDARD,
    DISABILITY,
    PREGNANCY,
    ELDERLY;

    public boolean isPriority() {
        return this != STANDARD;
    }
}

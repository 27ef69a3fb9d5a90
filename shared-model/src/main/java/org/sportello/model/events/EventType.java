package org.sportello.model.events;

public enum EventType {
    TICKET_ISSUED,
    TICKET_CALLED,
    TICKET_RECALLED,
    TICKET_NO_SHOW,
    TICKET_TRANSFERRED,
    TICKET_FINISHED,
    TICKET_CANCELLED,
    COUNTER_OPENED,
    COUNTER_PAUSED,
    COUNTER_RESUMED,
    COUNTER_CLOSED,
    DAY_CLOSED,
    OPERATOR_LOGGED_IN,
    LOGIN_FAILED,
    PROTOCOL_REGISTERED,
    PROTOCOL_ANNULLED,
    /** A kiosk's ticket printer changed state; the detail is a {@link PrinterReport}. */
    PRINTER_STATUS,
    /** A citizen's dossier (person and the rows keyed by it) changed; the detail is the person id. The sync pushes it. */
    DOSSIER_CHANGED;

    /** Events a hall display announces. */
    public boolean isCall() {
        return this == TICKET_CALLED || this == TICKET_RECALLED;
    }
}

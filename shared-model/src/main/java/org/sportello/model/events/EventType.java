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
    /** A duplicate of an archived document was printed; the detail names the protocol number. */
    DOCUMENT_REPRINTED,
    /** A scanned page was filed under a protocol entry; the detail names the number and the file. */
    SCAN_ATTACHED,
    /** A kiosk's ticket printer changed state; the detail is a {@link PrinterReport}. */
    PRINTER_STATUS,
    /** A hall board or the hall's voice stopped or started working again; the detail is a {@link DeviceReport}. */
    DEVICE_STATUS,
    /** A badge was enrolled for the event's operator; the detail never holds the badge identifier. */
    BADGE_ENROLLED,
    BADGE_REVOKED,
    /** A citizen's dossier (person and the rows keyed by it) changed; the detail is the person id. The sync pushes it. */
    DOSSIER_CHANGED,
    /** An operator was added; the detail is the login and role, never the password. */
    OPERATOR_ADDED,
    /** An operator's password was set by an administrator; the detail is the login. */
    OPERATOR_PASSWORD_SET,
    /** Too many wrong passwords locked a login; the detail is the login and when the lock ends. */
    LOGIN_LOCKED,
    /** A supervisor or administrator lifted a lock-out; the detail is the login. */
    LOGIN_UNLOCKED,
    /**
     * Personal data was erased (retention or a person's request, ADR 0026): the tickets erased carry this
     * event's time as their erased_at. The detail holds counts only, never an erased value.
     */
    PERSONAL_DATA_ERASED,
    /** A vacancy was recorded, changed, matched (a contact, a shortlist) or closed; the detail is its id (issue 12). */
    VACANCY_CHANGED;

    /** Events a hall display announces. */
    public boolean isCall() {
        return this == TICKET_CALLED || this == TICKET_RECALLED;
    }
}

package org.sportello.model.protocol;

/** What a protocol entry records; the register's classification (DOMAIN.md, support pool). */
public enum ProtocolKind {
    INCOMING_COMPANY_COMMUNICATION,
    DOCUMENTS_RECEIVED,
    CERTIFICATE_ISSUED,
    OUTGOING_LETTER,
    /** A citizen's attendance stamp at the kiosk (issue 13, ADR 35): registered by the kiosk station, no operator. */
    ATTENDANCE_STAMPING
}

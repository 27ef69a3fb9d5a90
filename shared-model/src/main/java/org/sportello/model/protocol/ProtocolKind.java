package org.sportello.model.protocol;

/** What a protocol entry records; the register's classification (DOMAIN.md, support pool). */
public enum ProtocolKind {
    INCOMING_COMPANY_COMMUNICATION,
    DOCUMENTS_RECEIVED,
    CERTIFICATE_ISSUED,
    OUTGOING_LETTER
}

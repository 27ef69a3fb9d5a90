package org.sportello.model.documents;

import org.sportello.model.protocol.ProtocolKind;

/** The papers an operator prints, and how each one is filed in the protocol register. */
public enum DocumentKind {
    EMPLOYMENT_STATUS_CERTIFICATE(ProtocolKind.CERTIFICATE_ISSUED),
    STATUS_HISTORY(ProtocolKind.CERTIFICATE_ISSUED),
    DID_ATTESTATION(ProtocolKind.CERTIFICATE_ISSUED),
    REGISTRATION_CERTIFICATE(ProtocolKind.CERTIFICATE_ISSUED),
    STAMPED_RECEIPT(ProtocolKind.INCOMING_COMPANY_COMMUNICATION),
    DOCUMENTS_RECEIPT(ProtocolKind.DOCUMENTS_RECEIVED),
    APPOINTMENT_LETTER(ProtocolKind.OUTGOING_LETTER),
    /** The personalised service pact, signed by the citizen and the case manager (ADR 29): a paper the office hands out. */
    SERVICE_PACT(ProtocolKind.OUTGOING_LETTER),
    /**
     * The candidates the office proposes to a company for its vacancy (issue 12): issued only from the vacancy's
     * matching, which composes it from the contacts logged; never from the desk's document sheet.
     */
    VACANCY_SHORTLIST(ProtocolKind.OUTGOING_LETTER),
    /**
     * The certificate of a citizen's attendance stamps (issue 13, ADR 35): composed from the stamps in their file,
     * each with its day, time and protocol number.
     */
    ATTENDANCE_CERTIFICATE(ProtocolKind.CERTIFICATE_ISSUED);

    private final ProtocolKind protocolKind;

    DocumentKind(ProtocolKind protocolKind) {
        this.protocolKind = protocolKind;
    }

    public ProtocolKind protocolKind() {
        return protocolKind;
    }

    /** The command-line spelling: employment-status-certificate. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<DocumentKind> fromSlug(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String normal = text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        return java.util.Arrays.stream(values()).filter(k -> k.name().equals(normal)).findFirst();
    }
}

package org.sportello.devices.printer;

import java.util.Objects;

/**
 * The short receipt of an issued document, for the counter's ticket printer: every line already in
 * the citizen's language and the subject already masked, so the driver only lays it out.
 *
 * @param officeName     header line
 * @param heading        e.g. "Ricevuta di protocollo"
 * @param kindTitle      the document's title, e.g. "Certificato di stato occupazionale"
 * @param protocolLine   e.g. "Prot. n. BO01-2026-000123"
 * @param protocolNumber the number alone, printed again as Code 128 for the counter's scanner
 * @param dateLine       e.g. "24/11/2026 ore 10:05"
 * @param subjectLine    e.g. "Codice fiscale RSS**********62S"
 * @param sealPayload    the document's QR text (ADR 12), identical to the one on the A4 paper
 * @param footerLine     how to check it
 */
public record DocumentReceipt(String officeName, String heading, String kindTitle, String protocolLine,
                              String protocolNumber, String dateLine, String subjectLine, String sealPayload,
                              String footerLine) {
    public DocumentReceipt {
        Objects.requireNonNull(protocolNumber, "protocolNumber");
        Objects.requireNonNull(sealPayload, "sealPayload");
    }
}

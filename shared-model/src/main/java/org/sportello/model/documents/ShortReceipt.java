package org.sportello.model.documents;

import java.time.ZoneId;
import java.util.Locale;
import org.sportello.model.protocol.ProtocolEntry;
import org.sportello.model.protocol.SubjectKind;
import org.sportello.model.seal.SealPayload;

/**
 * The words of the short receipt a counter prints on its ticket printer for an issued document, in
 * the citizen's language, with the subject masked: a receipt left on a bench must not give away a
 * codice fiscale. The QR carries the document's own seal, so the receipt checks like the paper.
 */
public record ShortReceipt(String officeName, String heading, String kindTitle, String protocolLine,
                           String protocolNumber, String dateLine, String subjectLine, String sealPayload,
                           String footerLine) {

    public static ShortReceipt of(ProtocolEntry entry, SealPayload seal, String officeName, Locale locale, ZoneId zone) {
        if (!seal.number().equals(entry.number()) || !seal.hash().equals(entry.documentHash())) {
            throw new IllegalArgumentException("the seal belongs to another entry");
        }
        DocumentTexts t = new DocumentTexts(locale);
        String subject = t.text(entry.subjectKind() == SubjectKind.PERSON ? "short.subject.person"
                : "short.subject.company", mask(entry.subjectCode()));
        return new ShortReceipt(officeName, t.text("short.heading"), entry.title(),
                t.text("short.protocol", entry.number().format()), entry.number().format(),
                t.dateTime(entry.registeredAt().atZone(zone)), subject, seal.encode(), t.text("short.footer"));
    }

    /** First three and last three characters: enough for the citizen to recognise their own code. */
    static String mask(String code) {
        if (code.length() <= 6) {
            return "*".repeat(code.length());
        }
        return code.substring(0, 3) + "*".repeat(code.length() - 6) + code.substring(code.length() - 3);
    }
}

package org.sportello.kiosk.stamp;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.sportello.devices.printer.DocumentReceipt;
import org.sportello.devices.printer.escpos.CodePage;
import org.sportello.kiosk.language.KioskLanguage;
import org.sportello.kiosk.language.KioskTexts;
import org.sportello.model.stamps.StampReceipt;

/**
 * The paper of a stamp, for the ticket printer's document-receipt layout: office, what it is, the protocol number
 * (large and as Code 128), day and time, the codice fiscale masked, the office's seal as QR. No service, priority or
 * health data. In the citizen's language when the printer's characters can print it, else in Italian (the office's
 * language): a receipt is kept and shown to the office, and its number and date read the same in any language.
 */
public final class StampReceipts {
    /** PC850: what every printer profile prints as text. */
    private static final CodePage PRINTABLE = CodePage.PC850;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private StampReceipts() {
    }

    public static DocumentReceipt compose(StampReceipt r, KioskTexts citizen) {
        DocumentReceipt inTheirs = inLanguage(r, citizen);
        return printable(inTheirs) ? inTheirs : inLanguage(r, KioskTexts.of(KioskLanguage.ITALIAN));
    }

    private static DocumentReceipt inLanguage(StampReceipt r, KioskTexts t) {
        ZonedDateTime at = r.stamp().at().atZone(r.zone());
        String number = r.stamp().number().format();
        return new DocumentReceipt(r.officeName(), t.get("stamp.receipt.heading"), t.get("stamp.receipt.title"),
                t.get("stamp.protocol", number), number, t.get("stamp.when", DAY.format(at), TIME.format(at)),
                t.get("stamp.receipt.subject", mask(r.stamp().taxCode())), r.seal().encode(),
                t.get("stamp.receipt.footer"));
    }

    private static boolean printable(DocumentReceipt d) {
        for (String line : new String[] {d.heading(), d.kindTitle(), d.protocolLine(), d.dateLine(), d.subjectLine(),
                d.footerLine()}) {
            if (!PRINTABLE.canPrint(line)) {
                return false;
            }
        }
        return true;
    }

    /** First three and last three characters, as a desk's document receipt: the holder knows their own code. */
    static String mask(String code) {
        if (code == null || code.length() <= 6) {
            return "*".repeat(code == null ? 0 : code.length());
        }
        return code.substring(0, 3) + "*".repeat(code.length() - 6) + code.substring(code.length() - 3);
    }
}

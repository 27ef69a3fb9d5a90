package org.sportello.devices.printer;

import java.util.List;
import java.util.Objects;

/**
 * A job offer a citizen takes away from the self-consultation terminal, on its ticket printer: every
 * line already in the citizen's language, so the driver only lays it out.
 *
 * @param officeName header line
 * @param heading    e.g. "Offerta di lavoro"
 * @param title      the offer's title, printed large
 * @param lines      labelled paragraphs: employer (or "riservato"), where, contract, how to apply…
 * @param qrPayload  what the QR code holds (the offer's id), so the desk finds the offer at once
 * @param qrCaption  the words under the QR, e.g. "Codice offerta: BO-2026-0042"
 * @param footerLine e.g. the date it was printed and where to ask
 */
public record OfferSlip(String officeName, String heading, String title, List<Line> lines, String qrPayload,
                        String qrCaption, String footerLine) {
    /** One paragraph: a short bold label and its text, which wraps. */
    public record Line(String label, String text) {
        public Line {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(text, "text");
        }
    }

    public OfferSlip {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(qrPayload, "qrPayload");
        lines = List.copyOf(lines);
    }
}

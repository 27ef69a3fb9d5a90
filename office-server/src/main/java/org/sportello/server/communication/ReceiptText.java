package org.sportello.server.communication;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.sportello.model.company.CompanyCommunication;
import org.sportello.model.company.Lateness;
import org.sportello.model.profile.Occupation;

/** What the stamped copy states it received, in the document's language ({@code receipt*.properties}). */
final class ReceiptText {
    private final ResourceBundle texts;
    private final Locale locale;

    ReceiptText(Locale locale) {
        this.locale = locale;
        this.texts = ResourceBundle.getBundle("org.sportello.server.communication.receipt", locale);
    }

    String of(CompanyCommunication c, String workerName, Occupation role, Lateness lateness) {
        String kind = texts.getString("kind." + c.kind().name());
        String until = c.endOn() == null ? "" : MessageFormat.format(texts.getString("receipt.until"), date(c.endOn()));
        String text = MessageFormat.format(texts.getString("receipt.text"),
                "it".equals(locale.getLanguage()) ? kind.toLowerCase(locale) : kind, workerName, c.workerCode(),
                date(c.eventOn()), until, texts.getString("contract." + c.contractType().name()),
                role.code() + " " + role.title(locale));
        return lateness.late() ? text + " " + MessageFormat.format(texts.getString("receipt.late"),
                date(lateness.deadline())) : text;
    }

    private String date(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy", locale));
    }
}

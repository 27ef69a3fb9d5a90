package org.sportello.model.seal;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.sportello.model.protocol.ProtocolEntry;
import org.sportello.model.protocol.ProtocolNumber;

/**
 * The answer to "is this paper ours and still valid?", with what was found. {@link #explain} is
 * the sentence the counter shows, from {@code verdicts*.properties}.
 */
public record Verdict(Outcome outcome, Optional<ProtocolNumber> number, Optional<ProtocolEntry> entry,
                      Optional<String> signingOffice) {

    static Verdict of(Outcome outcome, SealPayload payload) {
        return new Verdict(outcome, Optional.of(payload.number()), Optional.empty(),
                Optional.of(payload.number().officeCode()));
    }

    public String explain(Locale locale, ZoneId zone) {
        ResourceBundle texts = ResourceBundle.getBundle("org.sportello.model.seal.verdicts", locale,
                // English is the base bundle: never fall back to the machine's own language instead.
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = "verdict." + outcome.name().toLowerCase(Locale.ROOT);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
        Object[] args = {
            number.map(ProtocolNumber::format).orElse(""),
            signingOffice.orElse(""),
            entry.map(e -> dates.format(e.registeredAt().atZone(zone))).orElse(""),
            entry.map(ProtocolEntry::title).orElse(""),
            entry.map(e -> e.annulledAt() == null ? "" : dates.format(e.annulledAt().atZone(zone))).orElse(""),
            entry.map(e -> e.annulmentReason() == null ? "" : e.annulmentReason()).orElse("")};
        return new MessageFormat(texts.getString(key), locale).format(args);
    }
}

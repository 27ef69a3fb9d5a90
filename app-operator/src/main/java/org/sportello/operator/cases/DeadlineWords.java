package org.sportello.operator.cases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import org.sportello.model.cases.Deadline;
import org.sportello.model.cases.DidChannel;
import org.sportello.model.cases.MeasureKind;
import org.sportello.model.cases.Party;
import org.sportello.operator.ui.Messages;

/**
 * The words and dates the case and caseload sheets share: a deadline, a measure's kind, who does it, a
 * DID's channel, and days written the Italian way (dd/MM/yyyy) whatever the desk's language.
 */
final class DeadlineWords {
    private final Messages messages;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter typed;

    DeadlineWords(Messages messages) {
        this.messages = messages;
        String pattern = messages.text("file.datePattern");
        this.dates = DateTimeFormatter.ofPattern(pattern, messages.locale());
        // Strict, so 31/11 is refused rather than read as 30/11 (strict needs the proleptic year, u).
        this.typed = DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), messages.locale())
                .withResolverStyle(ResolverStyle.STRICT);
    }

    String date(LocalDate day) {
        return day == null ? "" : dates.format(day);
    }

    /** A day as typed at the desk; throws {@link java.time.format.DateTimeParseException} when it is not one. */
    LocalDate parse(String text) {
        return LocalDate.parse(text.strip(), typed);
    }

    /** What is due, without its date: a measure's kind, the talks still missing, the first offer. */
    String what(Deadline d) {
        return switch (d.what()) {
            case MEASURE -> messages.text("case.deadline.MEASURE", kind(d.measure()));
            case TALKS -> messages.text("case.deadline.TALKS", d.missing());
            case FIRST_OFFER -> messages.text("case.deadline.FIRST_OFFER");
        };
    }

    /** A deadline with its date, overdue or still to come. */
    String line(Deadline d, LocalDate today) {
        return d.on().isBefore(today) ? messages.text("case.deadline.overdueLine", date(d.on()), what(d))
                : messages.text("case.deadline.line", date(d.on()), what(d));
    }

    String kind(MeasureKind k) {
        return k == null ? "" : messages.text("case.measure." + k.name());
    }

    String party(Party p) {
        return messages.text("case.party." + p.name());
    }

    String channel(DidChannel c) {
        return messages.text("case.channel." + c.name());
    }
}

package org.sportello.operator.desk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.sportello.devices.card.CardRead;
import org.sportello.devices.card.TesseraText;
import org.sportello.model.person.CodiceFiscale;
import org.sportello.model.queue.Ticket;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Notice;

/**
 * The citizen's health card read at the counter (Tessera Sanitaria barcode or magnetic stripe,
 * through a keyboard-wedge reader): the decoded, validated codice fiscale shown with the ticket being
 * served, or why the read failed. It belongs to that ticket and goes when the ticket does. The queue
 * model has no place for it yet (the ticket's citizen column has no service), so it is shown, not stored.
 */
public final class CitizenCard {
    /** A card read for one ticket: the code, or the reason there is none ({@code error} then set). */
    public record Reading(UUID ticketId, String ticketCode, CodiceFiscale codiceFiscale, String error) {
        public boolean identified() {
            return codiceFiscale != null;
        }
    }

    /**
     * What a card reader types: a stripe starts with its sentinel; a Tessera barcode is the 16
     * characters, maybe inside Code 39's '*' or after the AIM "]A0" prefix. Anything else is typing.
     */
    private static final Pattern CARD_TEXT = Pattern.compile("(?s)[%;].*|(\\]A0)?\\*?[A-Za-z0-9]{16}\\*?");

    private final ReadOnlyObjectProperty<Ticket> ticket;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<Notice> notices;
    private final ReadOnlyObjectWrapper<Reading> reading = new ReadOnlyObjectWrapper<>(this, "reading");

    CitizenCard(ReadOnlyObjectProperty<Ticket> ticket, Messages messages, Clock clock, Consumer<Notice> notices) {
        this.ticket = ticket;
        this.messages = messages;
        this.clock = clock;
        this.notices = notices;
        ticket.addListener((obs, old, now) -> {
            Reading r = reading.get();
            if (r != null && (now == null || !Objects.equals(now.id(), r.ticketId()))) {
                reading.set(null); // the next citizen must not see the previous one's code
            }
        });
    }

    /** A wedge burst at the desk; false when it is not card data (then it was typing). */
    public boolean read(String burst) {
        String text = burst == null ? "" : burst.strip();
        if (!CARD_TEXT.matcher(text).matches()) {
            return false;
        }
        Ticket serving = ticket.get();
        if (serving == null) {
            notices.accept(Notice.error(messages.text("card.noTicket")));
            return true;
        }
        CardRead read = TesseraText.decode(text, clock);
        reading.set(read.isIdentified()
                ? new Reading(serving.id(), serving.code(), read.codiceFiscale(), null)
                : new Reading(serving.id(), serving.code(), null, messages.text("card.error." + read.error().name())));
        notices.accept(read.isIdentified()
                ? Notice.success(messages.text("card.read", read.codiceFiscale().code(), serving.code()))
                : Notice.error(messages.text("card.failed", reading.get().error())));
        return true;
    }

    public ReadOnlyObjectProperty<Reading> readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** "uomo, nato/a il 10/12/1985": what the code itself says about its holder. */
    public String describe(CodiceFiscale cf) {
        LocalDate born = cf.birthDate();
        String date = java.time.format.DateTimeFormatter.ofPattern(messages.text("card.dateFormat"), messages.locale())
                .format(born);
        return messages.text("card.person." + cf.sex().name(), date);
    }
}

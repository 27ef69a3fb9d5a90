package org.sportello.operator.desk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.sportello.devices.card.CardRead;
import org.sportello.devices.card.TesseraText;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.codicefiscale.CodiceFiscaleCheck;
import org.sportello.model.queue.Ticket;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Notice;

/**
 * Who the citizen at the counter is, from a Tessera Sanitaria: the card shown at the kiosk (its code
 * travels with the ticket) or the card read here, through a keyboard-wedge reader (barcode, stripe)
 * or the TS-CNS chip in a PC/SC reader. A card read here wins over the kiosk's, and the desk says so
 * when the two differ (a card lent, or the wrong one taken back). Everything belongs to the ticket
 * being served and goes when it does. A card read here is shown, not stored: the ticket keeps only
 * what the kiosk sent.
 */
public final class CitizenCard {
    /** Where the code shown came from. */
    public enum Source {
        /** Shown at the kiosk: {@link Ticket#citizenTaxCode()}. */
        KIOSK,
        /** Read at this counter. */
        COUNTER
    }

    /**
     * A card for one ticket: the code, or the reason there is none ({@code error} then set).
     *
     * @param kioskCode the code that came with the ticket from the kiosk when a card read at the counter
     *                  belongs to someone else; null otherwise
     */
    public record Reading(UUID ticketId, String ticketCode, CodiceFiscale codiceFiscale, String error, Source source,
                          String kioskCode) {
        public boolean identified() {
            return codiceFiscale != null;
        }

        /** A card read here that is not the one shown at the kiosk. */
        public boolean differsFromKiosk() {
            return kioskCode != null;
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
        ticket.addListener((obs, old, now) -> follow(now));
        follow(ticket.get());
    }

    /** A new ticket (or the same one read again): the next citizen must not see the previous one's code. */
    private void follow(Ticket now) {
        Reading r = reading.get();
        boolean sameTicket = r != null && now != null && Objects.equals(now.id(), r.ticketId());
        if (sameTicket && r.source() == Source.COUNTER) {
            return; // what the counter read stands until the ticket goes
        }
        reading.set(now == null ? null : fromKiosk(now));
    }

    /** The kiosk's code on the ticket, checked again here (the ticket may come from an older kiosk). */
    private Reading fromKiosk(Ticket t) {
        if (t.citizenTaxCode() == null) {
            return null;
        }
        return switch (CodiceFiscale.check(t.citizenTaxCode(), LocalDate.now(clock))) {
            case CodiceFiscaleCheck.Valid v -> new Reading(t.id(), t.code(), v.codiceFiscale(), null, Source.KIOSK, null);
            case CodiceFiscaleCheck.Invalid i -> null;
        };
    }

    /** A wedge burst at the desk; false when it is not card data (then it was typing). */
    public boolean read(String burst) {
        String text = burst == null ? "" : burst.strip();
        if (!CARD_TEXT.matcher(text).matches()) {
            return false;
        }
        accept(TesseraText.decode(text, clock));
        return true;
    }

    /** A card read at this counter, by a wedge reader or from the chip. */
    public void accept(CardRead read) {
        Ticket serving = ticket.get();
        if (serving == null) {
            notices.accept(Notice.error(messages.text("card.noTicket")));
            return;
        }
        if (!read.isIdentified()) {
            String why = messages.text("card.error." + read.error().name());
            // The latest attempt at the counter is what shows; the kiosk's code stays (the notice says what failed).
            Reading shown = reading.get();
            if (shown == null || shown.source() == Source.COUNTER) {
                reading.set(new Reading(serving.id(), serving.code(), null, why, Source.COUNTER, null));
            }
            notices.accept(Notice.error(messages.text("card.failed", why)));
            return;
        }
        String kiosk = serving.citizenTaxCode();
        boolean differs = kiosk != null && Optional.ofNullable(fromKiosk(serving))
                .map(k -> !k.codiceFiscale().samePersonAs(read.codiceFiscale())).orElse(false);
        reading.set(new Reading(serving.id(), serving.code(), read.codiceFiscale(), null, Source.COUNTER,
                differs ? kiosk : null));
        notices.accept(differs
                ? Notice.error(messages.text("card.differs", read.codiceFiscale().code(), kiosk))
                : Notice.success(messages.text("card.read", read.codiceFiscale().code(), serving.code())));
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

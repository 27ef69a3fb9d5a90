package org.sportello.kiosk.card;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.sportello.devices.card.CardRead;

/**
 * The Tessera Sanitaria a citizen showed at the kiosk, until the next ticket takes it, the citizen
 * removes it, or the idle reset clears it for the next person. The full code never reaches the
 * screen: {@link Shown#masked} keeps the last four characters, enough for the holder to recognise.
 * Plain Java with a JavaFX property; changed on the UI thread only.
 */
public final class HealthCard {
    /** What the note on the home screen says. */
    public sealed interface Shown {
        /** A valid code, to go with the next ticket. */
        record Read(String taxCode, String masked) implements Shown {
        }

        /** A card was shown but gave no valid code; the citizen can take a ticket without it. */
        record Unreadable() implements Shown {
        }
    }

    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    /** The read behind {@link Shown.Read}: a stamp also needs the expiry date the chip gave. */
    private CardRead identified;

    /** A read from the reader: a validated codice fiscale, or a failure the citizen should hear of. */
    public void read(CardRead read) {
        identified = read.isIdentified() ? read : null;
        shown.set(read.isIdentified()
                ? new Shown.Read(read.codiceFiscale().code(), mask(read.codiceFiscale().code()))
                : new Shown.Unreadable());
    }

    /** The citizen's "remove", a ticket issued, or the idle reset. */
    public void clear() {
        identified = null;
        shown.set(null);
    }

    /** The code for the next ticket; empty without a valid card. */
    public Optional<String> taxCode() {
        return shown.get() instanceof Shown.Read r ? Optional.of(r.taxCode()) : Optional.empty();
    }

    /** The valid card shown, with what the reader gave beside the code; empty without one. */
    public Optional<CardRead> identified() {
        return Optional.ofNullable(identified);
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** "••••••••••••562S": on a public screen, a passer-by must not read the whole code. */
    static String mask(String code) {
        int keep = Math.min(4, code.length());
        return "\u2022".repeat(code.length() - keep) + code.substring(code.length() - keep);
    }
}

package org.sportello.devices.card;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;

/**
 * Finds a PC/SC reader, waits for a card and hands a channel to {@code onCard}. Everything that can
 * go wrong on a kiosk without a reader, without pcscd or without libpcsclite ends in {@code
 * onFailure} with a reason, never in an exception: javax.smartcardio reports those cases through
 * CardException, SecurityException or even linkage errors.
 */
final class PcscAccess {
    private PcscAccess() {
    }

    static <R> R withCard(String readerNameContains, Duration timeout, Function<ApduChannel, R> onCard,
                          BiFunction<CardReadError, String, R> onFailure) {
        List<CardTerminal> terminals;
        try {
            TerminalFactory factory = TerminalFactory.getDefault();
            // The JDK falls back to a factory of type "None" (listing no readers) when it cannot
            // load libpcsclite or reach pcscd: that is a missing service, not a missing reader.
            if ("None".equals(factory.getType())) {
                return onFailure.apply(CardReadError.PCSC_UNAVAILABLE,
                        "PC/SC not available: start pcscd (apt-get install pcscd) or install libpcsclite1");
            }
            terminals = factory.terminals().list();
        } catch (CardException e) {
            String why = rootMessage(e);
            // pcsc-lite says SCARD_E_NO_READERS_AVAILABLE when the service runs but nothing is plugged in.
            if (why.contains("NO_READERS")) {
                return onFailure.apply(CardReadError.NO_READER, "no smart-card reader connected");
            }
            return onFailure.apply(CardReadError.PCSC_UNAVAILABLE,
                    "PC/SC service not available (is pcscd running?): " + why);
        } catch (RuntimeException | LinkageError e) {
            return onFailure.apply(CardReadError.PCSC_UNAVAILABLE,
                    "PC/SC library not available (install libpcsclite1 and pcscd): " + rootMessage(e));
        }
        CardTerminal terminal = terminals.stream()
                .filter(t -> readerNameContains == null
                        || t.getName().toLowerCase(Locale.ROOT).contains(readerNameContains.toLowerCase(Locale.ROOT)))
                .findFirst().orElse(null);
        if (terminal == null) {
            return onFailure.apply(CardReadError.NO_READER,
                    readerNameContains == null ? "no smart-card reader connected"
                            : "no reader named like '" + readerNameContains + "' among " + terminals.size());
        }
        Card card = null;
        try {
            if (!terminal.waitForCardPresent(Math.max(1, timeout.toMillis()))) {
                return onFailure.apply(CardReadError.NO_CARD, "no card inserted within " + timeout.toSeconds() + " s");
            }
            card = terminal.connect("*");
            return onCard.apply(new SmartcardioApduChannel(card.getBasicChannel()));
        } catch (CardException | RuntimeException e) {
            return onFailure.apply(CardReadError.CARD_ERROR, terminal.getName() + ": " + rootMessage(e));
        } finally {
            if (card != null) {
                try {
                    card.disconnect(false);
                } catch (CardException | RuntimeException ignored) {
                    // the card may already be gone; nothing left to release
                }
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : " " + t.getMessage());
    }
}

package org.sportello.devices.card;

import java.io.IOException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns what badge readers deliver into a {@link BadgeRead}. */
public final class OperatorBadges {
    /** PC/SC part 3 pseudo-APDU: GET DATA, P1=00 asks the reader for the card's UID. */
    static final byte[] GET_UID = {(byte) 0xFF, (byte) 0xCA, 0x00, 0x00, 0x00};
    /** RFID wedges type the UID as decimal or hex, sometimes with ':' or '-' between bytes. */
    private static final Pattern WEDGE_ID = Pattern.compile("[0-9A-F]{4,32}");

    private OperatorBadges() {
    }

    public static BadgeRead fromUid(ApduChannel channel) {
        try {
            ApduResponse r = channel.transmit(GET_UID);
            if (!r.isOk()) {
                return BadgeRead.failed(BadgeSource.PCSC_UID, CardReadError.CARD_ERROR,
                        "GET DATA (UID) answered " + r.statusHex()
                                + (r.statusWord() == 0x6A81 ? " (reader does not support it)" : ""));
            }
            if (r.data().length == 0) {
                return BadgeRead.failed(BadgeSource.PCSC_UID, CardReadError.UNREADABLE_DATA, "empty UID");
            }
            return BadgeRead.of(HexFormat.of().withUpperCase().formatHex(r.data()), BadgeSource.PCSC_UID);
        } catch (IOException e) {
            return BadgeRead.failed(BadgeSource.PCSC_UID, CardReadError.CARD_ERROR, e.getMessage());
        }
    }

    /** A burst from a keyboard-wedge badge reader: an RFID UID, or a magnetic stripe swipe. */
    public static BadgeRead fromWedgeText(String text) {
        String s = text == null ? "" : text.strip();
        if (s.startsWith("%") || s.startsWith(";")) {
            return fromSwipe(s);
        }
        String id = s.toUpperCase(Locale.ROOT).replaceAll("[:\\- ]", "");
        if (!WEDGE_ID.matcher(id).matches()) {
            return BadgeRead.failed(BadgeSource.WEDGE_RFID, CardReadError.UNREADABLE_DATA,
                    "a badge id is 4-32 hex digits, got '" + s + "'");
        }
        return BadgeRead.of(id, BadgeSource.WEDGE_RFID);
    }

    private static BadgeRead fromSwipe(String swipe) {
        try {
            List<MagstripeTrack> tracks = Iso7811.decodeText(swipe);
            // Badge numbers live on track 2 (numeric); the first field is the badge number.
            for (MagstripeTrack t : tracks) {
                if (t.number() == 2 && !t.fields().getFirst().isEmpty()) {
                    return BadgeRead.of(t.fields().getFirst(), BadgeSource.MAGSTRIPE);
                }
            }
            return BadgeRead.failed(BadgeSource.MAGSTRIPE, CardReadError.UNREADABLE_DATA, "no track 2 number on the badge");
        } catch (CardDataException e) {
            return BadgeRead.failed(BadgeSource.MAGSTRIPE, e.error(), e.getMessage());
        }
    }
}

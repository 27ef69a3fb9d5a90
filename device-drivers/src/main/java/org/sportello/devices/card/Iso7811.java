package org.sportello.devices.card;

import java.util.ArrayList;
import java.util.List;

/**
 * ISO/IEC 7811 magnetic stripe tracks, as text typed by a keyboard-wedge reader ("%...?;...?") or
 * as raw track characters from a serial/USB reader.
 *
 * <p>Track 1 uses 6-bit characters (ASCII 0x20-0x5F, value = ASCII - 0x20) plus an odd parity bit;
 * track 2 and 3 use 4-bit characters (ASCII 0x30-0x3F, value = ASCII - 0x30) plus an odd parity
 * bit. The LRC is the XOR of the data bits of every character from start to end sentinel; its own
 * parity bit is again odd parity. Readers that type text usually drop the LRC, some keep it as one
 * character after the end sentinel, so both are accepted (see {@link #decodeText}).
 */
public final class Iso7811 {
    static final char TRACK1_START = '%';
    static final char TRACK2_START = ';';
    static final char END = '?';

    private Iso7811() {
    }

    /**
     * Decodes every track in keyboard-wedge text. Line ends and spaces around the tracks are
     * ignored. A character right after an end sentinel is taken as LRC when it matches; when it
     * does not match and is not the start of the next track, the swipe is refused as bad.
     */
    public static List<MagstripeTrack> decodeText(String text) throws CardDataException {
        String s = text == null ? "" : text.strip();
        List<MagstripeTrack> tracks = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char start = s.charAt(i);
            if (start == '\r' || start == '\n' || start == ' ') {
                i++;
                continue;
            }
            int number;
            if (start == TRACK1_START) {
                number = 1;
            } else if (start == TRACK2_START) {
                number = tracks.stream().anyMatch(t -> t.number() == 2) ? 3 : 2;
            } else {
                throw new CardDataException(CardReadError.UNREADABLE_DATA,
                        "expected a start sentinel ('%' or ';') at " + i + ", found " + shown(start));
            }
            int end = s.indexOf(END, i + 1);
            if (end < 0) {
                throw new CardDataException(CardReadError.UNREADABLE_DATA,
                        "track " + number + " has no end sentinel '?': partial swipe");
            }
            String data = s.substring(i + 1, end);
            checkCharset(number, data);
            int next = end + 1;
            boolean lrcChecked = false;
            if (next < s.length() && !isTrackBoundary(s.charAt(next))) {
                char expected = lrcCharacter(number, start + data + END);
                if (s.charAt(next) != expected) {
                    throw new CardDataException(CardReadError.CHECKSUM_MISMATCH,
                            "track " + number + " LRC " + shown(s.charAt(next)) + " but the data gives " + shown(expected));
                }
                lrcChecked = true;
                next++;
            } else if (next < s.length() && s.charAt(next) == lrcCharacter(number, start + data + END)) {
                // The LRC happens to look like a start sentinel or line end; take it as LRC only if
                // nothing or another sentinel follows, otherwise it is the next track.
                if (next + 1 == s.length()
                        || s.charAt(next + 1) == TRACK1_START || s.charAt(next + 1) == TRACK2_START) {
                    lrcChecked = true;
                    next++;
                }
            }
            tracks.add(new MagstripeTrack(number, data, lrcChecked));
            i = next;
        }
        if (tracks.isEmpty()) {
            throw new CardDataException(CardReadError.UNREADABLE_DATA, "no track in the swipe");
        }
        return tracks;
    }

    /**
     * Decodes raw track 1 characters (7 bits: 6 data bits, odd parity in bit 6), as they lie on
     * the stripe: optional leading zero bytes, start sentinel, data, end sentinel, LRC.
     */
    public static MagstripeTrack decodeRawTrack1(byte[] raw) throws CardDataException {
        return decodeRaw(1, raw, 6, 0x20);
    }

    /** Decodes raw track 2 characters (5 bits: 4 data bits, odd parity in bit 4); see {@link #decodeRawTrack1}. */
    public static MagstripeTrack decodeRawTrack2(byte[] raw) throws CardDataException {
        return decodeRaw(2, raw, 4, 0x30);
    }

    /** The LRC as a text character for a whole track including both sentinels. */
    public static char lrcCharacter(int track, String withSentinels) {
        int offset = track == 1 ? 0x20 : 0x30;
        int mask = track == 1 ? 0x3F : 0x0F;
        int lrc = 0;
        for (int k = 0; k < withSentinels.length(); k++) {
            lrc ^= (withSentinels.charAt(k) - offset) & mask;
        }
        return (char) (lrc + offset);
    }

    /** Encodes a track as raw characters with parity and LRC; the inverse of the raw decoders, used by simulators and tests. */
    public static byte[] encodeRaw(int track, String withSentinels) {
        int bits = track == 1 ? 6 : 4;
        int offset = track == 1 ? 0x20 : 0x30;
        byte[] out = new byte[withSentinels.length() + 1];
        int lrc = 0;
        for (int k = 0; k < withSentinels.length(); k++) {
            int value = withSentinels.charAt(k) - offset;
            lrc ^= value;
            out[k] = (byte) withParity(value, bits);
        }
        out[out.length - 1] = (byte) withParity(lrc, bits);
        return out;
    }

    private static MagstripeTrack decodeRaw(int track, byte[] raw, int bits, int offset) throws CardDataException {
        int mask = (1 << bits) - 1;
        int i = 0;
        while (i < raw.length && raw[i] == 0) {
            i++; // clocking zeros before the start sentinel
        }
        char startSentinel = track == 1 ? TRACK1_START : TRACK2_START;
        StringBuilder text = new StringBuilder();
        int lrc = 0;
        boolean ended = false;
        for (; i < raw.length; i++) {
            int b = raw[i] & 0xFF;
            if (b >> (bits + 1) != 0 || b != withParity(b & mask, bits)) {
                throw new CardDataException(CardReadError.CHECKSUM_MISMATCH,
                        "track " + track + " parity error at character " + text.length());
            }
            int value = b & mask;
            if (ended) {
                if (value != lrc) {
                    throw new CardDataException(CardReadError.CHECKSUM_MISMATCH, "track " + track + " LRC mismatch");
                }
                String s = text.toString();
                return new MagstripeTrack(track, s.substring(1, s.length() - 1), true);
            }
            char c = (char) (value + offset);
            if (text.isEmpty() && c != startSentinel) {
                throw new CardDataException(CardReadError.UNREADABLE_DATA,
                        "track " + track + " does not begin with '" + startSentinel + "'");
            }
            text.append(c);
            lrc ^= value;
            ended = c == END;
        }
        throw new CardDataException(CardReadError.UNREADABLE_DATA,
                ended ? "track " + track + " has no LRC after the end sentinel" : "track " + track + " has no end sentinel");
    }

    private static int withParity(int value, int bits) {
        // Odd parity: the parity bit makes the number of ones odd.
        return Integer.bitCount(value) % 2 == 0 ? value | (1 << bits) : value;
    }

    /**
     * A character of a bad swipe as a person reads it: quoted when visible, by code point otherwise (a
     * line end or a control byte from a wrong reader set-up would print as nothing or break the line).
     */
    static String shown(char c) {
        boolean visible = c > ' ' && !Character.isISOControl(c) && !Character.isSurrogate(c)
                && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT;
        return visible ? "'" + c + "'" : String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
    }

    private static boolean isTrackBoundary(char c) {
        return c == TRACK1_START || c == TRACK2_START || c == '\r' || c == '\n';
    }

    private static void checkCharset(int track, String data) throws CardDataException {
        for (int k = 0; k < data.length(); k++) {
            char c = data.charAt(k);
            boolean ok = track == 1 ? c >= 0x20 && c <= 0x5F : c >= 0x30 && c <= 0x3F;
            if (!ok || c == END || (track == 1 && c == TRACK1_START) || (track != 1 && c == TRACK2_START)) {
                throw new CardDataException(CardReadError.UNREADABLE_DATA,
                        "character " + shown(c) + " cannot appear inside track " + track);
            }
        }
    }
}

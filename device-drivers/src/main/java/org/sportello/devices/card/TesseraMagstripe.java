package org.sportello.devices.card;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The codice fiscale from the Tessera Sanitaria's magnetic stripe.
 *
 * <p>Track 1 is alphanumeric, so the codice fiscale is looked for among its '^'-separated fields
 * (also without a leading one-letter format code, as in ISO "B" records). The exact field layout of
 * the TS stripe is not in a public document we could check, so we do not depend on a field index:
 * every 16-character field is validated with CodiceFiscale, and only a valid one is returned.
 * Track 2 can hold only digits and separators (ISO 7811 4-bit set), so it can never carry a codice
 * fiscale; a swipe with only track 2 gets a clear NO_CODICE_FISCALE reason.
 */
public final class TesseraMagstripe {
    private TesseraMagstripe() {
    }

    /** From keyboard-wedge text, e.g. {@code %...^...?;...=...?} with or without LRC. */
    public static CardRead decodeText(String swipe, Clock clock) {
        try {
            return fromTracks(Iso7811.decodeText(swipe), clock);
        } catch (CardDataException e) {
            return CardRead.failed(e.error(), e.getMessage());
        }
    }

    /** From raw track 1 characters (parity and LRC checked). */
    public static CardRead decodeRawTrack1(byte[] raw, Clock clock) {
        try {
            return fromTracks(List.of(Iso7811.decodeRawTrack1(raw)), clock);
        } catch (CardDataException e) {
            return CardRead.failed(CardSource.MAGSTRIPE_TRACK1, e.error(), e.getMessage());
        }
    }

    static CardRead fromTracks(List<MagstripeTrack> tracks, Clock clock) {
        for (MagstripeTrack track : tracks) {
            if (track.number() != 1) {
                continue;
            }
            List<String> candidates = new ArrayList<>();
            for (String field : track.fields()) {
                candidates.add(field);
                if (field.length() == 17 && Character.isLetter(field.charAt(0))) {
                    candidates.add(field.substring(1)); // ISO format code before the data
                }
            }
            return CodiceFiscaleCandidates.pick(candidates, CardSource.MAGSTRIPE_TRACK1, clock);
        }
        return CardRead.failed(CardSource.MAGSTRIPE_TRACK2, CardReadError.NO_CODICE_FISCALE,
                "only numeric tracks were read; the codice fiscale is on track 1");
    }
}

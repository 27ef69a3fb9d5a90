package org.sportello.devices.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.devices.Mutations.show;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.devices.Mutations;

/**
 * Whatever a swipe or a wedge reader types, the health-card decoders answer with a {@link CardRead}:
 * no exception escapes, a failure has its reason and a detail fit to show, an identified card has a
 * valid codice fiscale. Random text and bytes, and valid tracks (text and raw, with and without LRC)
 * with characters or bits flipped, inserted or deleted. 100,000 inputs each.
 */
class CardTrackFuzzTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    private static final String TRACK_CHARACTERS = "%;?^=/ 0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ\r\n*]";

    @Property(tries = 100_000)
    void anyWedgeTextGivesACardRead(@ForAll("wedgeTexts") String text) {
        Mutations.about(() -> show(text), () -> checkText(text));
        for (int i = 0; i < Mutations.EXTRA; i++) {
            String more = wedgeTexts().sample();
            Mutations.about(() -> show(more), () -> checkText(more));
        }
    }

    @Property(tries = 100_000)
    void anyRawTrackGivesACardRead(@ForAll("rawTracks") byte[] raw) {
        Mutations.about(() -> Mutations.show(raw), () -> checkRaw(raw));
        for (int i = 0; i < Mutations.EXTRA; i++) {
            byte[] more = rawTracks().sample();
            Mutations.about(() -> Mutations.show(more), () -> checkRaw(more));
        }
    }

    private static void checkText(String text) {
        assertRead(TesseraText.decode(text, CLOCK));
        try {
            Iso7811.decodeText(text).forEach(t -> assertThat(t.fields()).isNotEmpty());
        } catch (CardDataException refused) {
            assertThat(refused.error()).isNotNull();
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    private static void checkRaw(byte[] raw) {
        assertRead(TesseraMagstripe.decodeRawTrack1(raw, CLOCK));
        try {
            assertThat(Iso7811.decodeRawTrack2(raw).lrcChecked()).isTrue();
        } catch (CardDataException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    private static void assertRead(CardRead read) {
        assertThat(read).isNotNull();
        if (read.isIdentified()) {
            assertThat(CodiceFiscale.check(read.codiceFiscale().code(), CLOCK.instant().atZone(ZoneOffset.UTC)
                    .toLocalDate()).isValid()).isTrue();
        } else {
            assertThat(read.error()).isNotNull();
            assertThat(read.detail()).isNotBlank();
            if (!Mutations.printable(read.detail())) {
                throw new AssertionError("the detail is not fit to show: " + show(read.detail()));
            }
        }
    }

    @Provide
    Arbitrary<String> wedgeTexts() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(80)),
                Tuple.of(2, Arbitraries.strings().withChars(TRACK_CHARACTERS).ofMaxLength(80)),
                Tuple.of(7, Mutations.of(validSwipes(), TRACK_CHARACTERS + "\u0000\u00e8\u0085", 3)));
    }

    @Provide
    Arbitrary<byte[]> rawTracks() {
        Arbitrary<byte[]> valid = Arbitraries.oneOf(
                track1().map(t -> Iso7811.encodeRaw(1, t)),
                Arbitraries.strings().numeric().ofMaxLength(37).map(d -> Iso7811.encodeRaw(2, ";" + d + "?")));
        Arbitrary<byte[]> withClocking = Combinators.combine(Arbitraries.integers().between(0, 3), valid)
                .as((zeros, bytes) -> {
                    byte[] out = new byte[zeros + bytes.length];
                    System.arraycopy(bytes, 0, out, zeros, bytes.length);
                    return out;
                });
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(100)),
                Tuple.of(8, Mutations.ofBytes(withClocking, 3)));
    }

    /** Keyboard-wedge swipes: track 1 (maybe an ISO format code, maybe an LRC), then maybe track 2; or a barcode. */
    private static Arbitrary<String> validSwipes() {
        Arbitrary<String> track2 = Arbitraries.strings().numeric().ofMaxLength(20).map(d -> ";" + d + "=2912?");
        Arbitrary<String> swipe = Combinators.combine(track1(), Arbitraries.of(true, false), track2,
                Arbitraries.of(true, false)).as((t1, lrc, t2, both) ->
                t1 + (lrc ? String.valueOf(Iso7811.lrcCharacter(1, t1)) : "") + (both ? t2 : ""));
        Arbitrary<String> barcode = Combinators.combine(validCodes(), Arbitraries.of("", "*", "]A0"))
                .as((cf, wrap) -> wrap.equals("*") ? "*" + cf + "*" : wrap + cf);
        return Arbitraries.frequencyOf(Tuple.of(3, swipe), Tuple.of(1, barcode));
    }

    private static Arbitrary<String> track1() {
        Arbitrary<String> name = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ /").ofMaxLength(26);
        return Combinators.combine(Arbitraries.of("", "B"), validCodes(), name,
                Arbitraries.strings().numeric().ofMaxLength(12))
                .as((format, cf, n, digits) -> "%" + format + cf + "^" + n + "^" + digits + "?");
    }

    static Arbitrary<String> validCodes() {
        Arbitrary<String> letters = Arbitraries.strings().withCharRange('A', 'Z').ofLength(6);
        Arbitrary<String> date = Combinators.combine(Arbitraries.integers().between(0, 99),
                Arbitraries.of("ABCDEHLMPRST".toCharArray()), Arbitraries.integers().between(1, 28),
                Arbitraries.of(0, 40)).as((yy, month, day, sex) -> String.format("%02d%c%02d", yy, month, day + sex));
        Arbitrary<String> place = Combinators.combine(Arbitraries.chars().range('A', 'Z'),
                Arbitraries.integers().between(0, 999)).as((c, n) -> c + String.format("%03d", n));
        return Combinators.combine(letters, date, place)
                .as((l, d, p) -> l + d + p + CodiceFiscale.checkCharacter(l + d + p));
    }
}

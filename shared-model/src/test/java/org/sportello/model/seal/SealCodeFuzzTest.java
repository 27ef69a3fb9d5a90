package org.sportello.model.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.sportello.model.protocol.DocumentHash;
import org.sportello.model.protocol.ProtocolNumber;

/**
 * What a scanner reads off a paper (the QR seal, the Code 128 number, or a number typed by hand) is
 * parsed without an exception: a seal is taken only in its exact printed form (so it encodes back to
 * the very text), a protocol number prints and reads back as itself, and anything else is "not a
 * Sportello code", which the counter explains in Italian and English. Random text, and valid seals and
 * numbers with characters flipped, inserted or deleted. 100,000 codes.
 */
class SealCodeFuzzTest {
    private static final boolean LONG = Boolean.getBoolean("sportello.fuzz.long");
    private static final String SEAL_CHARACTERS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_|=+/ ";

    @Property(tries = 100_000)
    void anyScannedCodeIsASealANumberOrNotOurs(@ForAll("codes") String text) {
        check(text);
        for (int i = 0; LONG && i < 9; i++) {
            check(codes().sample());
        }
    }

    private static void check(String text) {
        assertThatCode(() -> {
            Optional<SealPayload> seal = SealPayload.parse(text);
            seal.ifPresent(s -> assertThat(s.encode()).isEqualTo(text.strip()));
            Optional<ProtocolNumber> number = ProtocolNumber.parse(text);
            number.ifPresent(n -> assertThat(ProtocolNumber.parse(n.format())).contains(n));
            if (seal.isEmpty() && number.isEmpty()) {
                Verdict notOurs = new Verdict(Outcome.NOT_A_SEAL, Optional.empty(), Optional.empty(), Optional.empty());
                for (Locale locale : new Locale[] {Locale.ITALIAN, Locale.ENGLISH}) {
                    assertThat(notOurs.explain(locale, ZoneId.of("Europe/Rome"))).isNotBlank();
                }
            }
        }).as("%s", text).doesNotThrowAnyException();
    }

    @Provide
    Arbitrary<String> codes() {
        Arbitrary<ProtocolNumber> numbers = Combinators.combine(
                Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").ofMinLength(1).ofMaxLength(5),
                Arbitraries.integers().between(2000, 2100), Arbitraries.integers().between(1, 999_999_999))
                .as(ProtocolNumber::new);
        Arbitrary<String> seals = Combinators.combine(numbers, Arbitraries.bytes().array(byte[].class).ofSize(32),
                Arbitraries.strings().withChars("0123456789abcdef").ofLength(16),
                Arbitraries.bytes().array(byte[].class).ofSize(64))
                .as((n, hash, key, signature) -> new SealPayload(n, DocumentHash.of(hash), key, signature).encode());
        Arbitrary<String> valid = Arbitraries.frequencyOf(Tuple.of(3, seals), Tuple.of(1, numbers.map(ProtocolNumber::format)));
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 400), Arbitraries.of((SEAL_CHARACTERS + "\u0000è").toCharArray()))
                .as((kind, at, c) -> new int[] {kind, at, c});
        Arbitrary<String> mutated = Combinators.combine(valid, edit.list().ofMaxSize(3)).as((s, edits) -> {
            StringBuilder b = new StringBuilder(s);
            for (int[] e : edits) {
                int at = e[1] % (b.length() + 1);
                switch (e[0]) {
                    case 0 -> b.insert(at, (char) e[2]);
                    case 1 -> {
                        if (at < b.length()) {
                            b.deleteCharAt(at);
                        }
                    }
                    default -> {
                        if (at < b.length()) {
                            b.setCharAt(at, (char) e[2]);
                        }
                    }
                }
            }
            return b.toString();
        });
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(200)),
                Tuple.of(1, Arbitraries.strings().withChars(SEAL_CHARACTERS).ofMaxLength(200)),
                Tuple.of(8, mutated));
    }
}

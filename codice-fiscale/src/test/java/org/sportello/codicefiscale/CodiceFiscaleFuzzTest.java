package org.sportello.codicefiscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a reader, a scanner or a person types, {@link CodiceFiscale#check} answers with a value:
 * no exception escapes, and a refusal names its reason with a message fit to show (no control
 * characters), each said by an assertion. Half the inputs are random text, half are valid codes with a few characters flipped,
 * inserted, deleted or turned into omocodia letters, which is what reaches the date and place checks.
 * 100,000 inputs here; {@code -Pfuzz-long} checks ten times as many.
 */
class CodiceFiscaleFuzzTest {
    private static final String CODE_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String NEAR_CHARACTERS = CODE_CHARACTERS + "abcdefghijklmnopqrstuvwxyz"
            + " \t\r\n\u0000\u00a0-_/.*?%;=^ıſàèéìòùÀÈ€\u200b\ud800";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{16}");
    private static final Pattern UNSHOWABLE = Pattern.compile("\\p{Cntrl}|\\p{Cs}|\\p{Cf}");
    private static final int EXTRA = Boolean.getBoolean("sportello.fuzz.long") ? 9 : 0;

    @Property(tries = 100_000)
    void anyTextIsCheckedWithoutAnException(@ForAll("texts") String text, @ForAll("todays") LocalDate today) {
        checkOne(text, today);
        for (int i = 0; i < EXTRA; i++) {
            checkOne(texts().sample(), today);
        }
    }

    /**
     * The properties of one answer, each an AssertJ assertion. The description is built only when one fails
     * (a supplier): spelling out 100,000 inputs would cost seconds.
     */
    private static void checkOne(String text, LocalDate today) {
        Supplier<String> input = () -> "for " + show(text) + " on " + today;
        CodiceFiscaleCheck answer = answered(() -> CodiceFiscale.check(text, today), input);
        switch (answer) {
            case CodiceFiscaleCheck.Valid v -> {
                String code = v.codiceFiscale().code();
                assertThat(code).as(() -> input.get() + ": a valid code is 16 capital letters and digits")
                        .matches(CODE);
                assertThat(CodiceFiscale.check(code, today)).as(() -> input.get() + ": its own code checks the same")
                        .isEqualTo(v);
                assertThat(v.codiceFiscale().birthDate()).as(() -> input.get() + ": not born after today")
                        .isBeforeOrEqualTo(today);
                assertThat(CodiceFiscale.of(text, today)).as(() -> input.get() + ": of() agrees with check()")
                        .isEqualTo(v.codiceFiscale());
            }
            case CodiceFiscaleCheck.Invalid i -> {
                assertThat(i.error()).as(() -> input.get() + ": a refusal names its reason").isNotNull();
                assertThat(i.detail()).as(() -> input.get() + ": a refusal says its reason in words")
                        .isNotBlank().startsWith(i.error().message());
                assertThat(UNSHOWABLE.matcher(i.detail()).find())
                        .as(() -> input.get() + ": fit to show to the operator: " + show(i.detail())).isFalse();
                assertThatThrownBy(() -> CodiceFiscale.of(text, today))
                        .as(() -> input.get() + ": of() refuses what check() refused")
                        .isInstanceOf(InvalidCodiceFiscaleException.class)
                        .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
            }
        }
    }

    /** check() itself must not throw, whatever the text: a throw fails the property with the input named. */
    private static CodiceFiscaleCheck answered(Supplier<CodiceFiscaleCheck> check, Supplier<String> input) {
        try {
            CodiceFiscaleCheck answer = check.get();
            assertThat(answer).as(() -> input.get() + ": check() answers").isNotNull();
            return answer;
        } catch (RuntimeException e) {
            return fail(input.get() + ": check() threw " + e, e);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(24);
        Arbitrary<String> codeLike = Arbitraries.strings().withChars(NEAR_CHARACTERS).ofMinLength(14).ofMaxLength(18);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, anything),
                net.jqwik.api.Tuple.of(2, codeLike),
                net.jqwik.api.Tuple.of(6, mutated()));
    }

    @Provide
    Arbitrary<LocalDate> todays() {
        return Arbitraries.longs().between(0, 120 * 366).map(d -> LocalDate.of(1950, 1, 1).plusDays(d));
    }

    /** A valid code (possibly omocodic) with one to three edits. */
    private static Arbitrary<String> mutated() {
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 17), Arbitraries.of(NEAR_CHARACTERS.toCharArray()))
                .as((kind, position, c) -> new int[] {kind, position, c});
        return Combinators.combine(validCodes(), Arbitraries.integers().between(0, 7), edit.list().ofMinSize(0).ofMaxSize(3))
                .as(CodiceFiscaleFuzzTest::apply);
    }

    private static String apply(String code, int omocodia, List<int[]> edits) {
        StringBuilder s = new StringBuilder(code.substring(0, 15));
        // Omocodia replaces digits from the right; the check character is recomputed so it stays valid.
        for (int k = 0; k < omocodia; k++) {
            int at = CodiceFiscale.OMOCODIA_POSITIONS[CodiceFiscale.OMOCODIA_POSITIONS.length - 1 - k];
            s.setCharAt(at, CodiceFiscale.OMOCODIA_LETTERS.charAt(s.charAt(at) - '0'));
        }
        s.append(CodiceFiscale.checkCharacter(s));
        for (int[] edit : edits) {
            int kind = edit[0];
            int at = Math.min(edit[1], s.length());
            char c = (char) edit[2];
            switch (kind) {
                case 0 -> s.insert(at, c);
                case 1 -> {
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (at < s.length()) {
                        s.setCharAt(at, Character.toLowerCase(s.charAt(at)));
                    }
                }
                case 3 -> {
                    if (at + 1 < s.length()) {
                        char t = s.charAt(at);
                        s.setCharAt(at, s.charAt(at + 1));
                        s.setCharAt(at + 1, t);
                    }
                }
                default -> {
                    if (at < s.length()) {
                        s.setCharAt(at, c);
                    }
                }
            }
        }
        return s.toString();
    }

    private static Arbitrary<String> validCodes() {
        Arbitrary<String> letters = Arbitraries.strings().withCharRange('A', 'Z').ofLength(6);
        Arbitrary<String> date = Combinators.combine(Arbitraries.integers().between(0, 99),
                Arbitraries.of(CodiceFiscale.MONTH_LETTERS.toCharArray()), Arbitraries.integers().between(1, 31),
                Arbitraries.of(0, 40)).as((yy, month, day, sex) -> String.format("%02d%c%02d", yy, month, day + sex));
        Arbitrary<String> place = Combinators.combine(Arbitraries.chars().range('A', 'Z'),
                Arbitraries.integers().between(0, 999)).as((c, n) -> c + String.format("%03d", n));
        return Combinators.combine(letters, date, place).as((l, d, p) -> l + d + p + CodiceFiscale.checkCharacter(l + d + p));
    }

    /** The input as the failure report should print it: invisible characters spelled out. */
    static String show(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(cp -> out.append(cp < 0x20 || cp > 0x7e ? String.format("\\u%04x", cp)
                : Character.toString(cp)));
        return out.append('"').toString();
    }
}

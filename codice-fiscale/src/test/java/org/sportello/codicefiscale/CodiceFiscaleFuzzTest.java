package org.sportello.codicefiscale;

import java.time.LocalDate;
import java.util.List;
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
 * characters). Half the inputs are random text, half are valid codes with a few characters flipped,
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

    private static void checkOne(String text, LocalDate today) {
        // Plain checks, and the input spelled out only when one fails: 100,000 descriptions cost seconds.
        try {
            switch (CodiceFiscale.check(text, today)) {
                case CodiceFiscaleCheck.Valid v -> {
                    String code = v.codiceFiscale().code();
                    require(CODE.matcher(code).matches(), "a valid code is 16 letters and digits: " + code);
                    require(CodiceFiscale.check(code, today).equals(v), "its own code checks the same");
                    require(!v.codiceFiscale().birthDate().isAfter(today), "born after today");
                }
                case CodiceFiscaleCheck.Invalid i -> {
                    require(i.error() != null && !i.detail().isBlank() && i.detail().startsWith(i.error().message()),
                            "a refusal says its reason: " + i);
                    require(!UNSHOWABLE.matcher(i.detail()).find(), "fit to show to the operator: " + show(i.detail()));
                    try {
                        CodiceFiscale.of(text, today);
                        throw new AssertionError("of() accepted what check() refused");
                    } catch (InvalidCodiceFiscaleException e) {
                        require(!e.getMessage().isBlank(), "the exception has a message");
                    }
                }
            }
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("for " + show(text) + " on " + today + ": " + e, e);
        }
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
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
